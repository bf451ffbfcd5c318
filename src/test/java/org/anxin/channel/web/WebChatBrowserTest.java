package org.anxin.channel.web;

import org.anxin.AnxinServer;
import org.anxin.HeadlessChromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the real page in headless Chromium against the real app: the page and the JSON API must agree, and the
 * safety features (buttons pressed once, quick exit) must work in a browser, not only on paper. It talks in
 * conversations of its own and reads neither the log nor any total, so it runs beside the Spring tests that run one
 * at a time; not beside the one that counts the web chat's turns.
 */
@AnxinServer
@ResourceLock(AnxinServer.WEB_TURN_TOTALS)
@Tag("browser")
class WebChatBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    @LocalServerPort
    int port;

    private ChromeDriver driver;
    private HeadlessChromium browser;
    private WebDriverWait wait;

    @BeforeAll
    static void chromiumPresent() {
        HeadlessChromium.requirePresent();
    }

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start("390,844");
        driver = browser.driver();
        wait = browser.waitAtMost(WAIT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void chineseNegotiationFlow() {
        open("zh-CN");
        // A first visit: the consent notice comes first, and the menu only once the user agrees.
        waitForBotBubble("开始前说一声");
        assertTrue(texts(".bubble.bot").stream().noneMatch(t -> t.contains("安心")), texts(".bubble")::toString);
        clickChoice("我同意，开始吧");
        waitForBotBubble("安心");
        waitForChoices();
        assertEquals("zh-CN", script("return document.documentElement.lang"));

        clickChoice("准备和放贷方协商还款");
        waitForBotBubble("欠这家放贷方");

        type("3万5");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("send"))).click();
        waitForBubble("每个月");

        type("1500");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("send"))).click();
        waitForBotBubble("35000", "1500");

        assertTrue(userBubbles().containsAll(List.of("准备和放贷方协商还款", "3万5", "1500")), userBubbles()::toString);
        // The plan's chart is an image drawn from the answers: it must actually load.
        wait.until(d -> Boolean.TRUE.equals(script(
                "var i = document.querySelector('img.picture'); return !!i && i.complete && i.naturalWidth > 0;")));
        script("document.querySelector('img.picture').scrollIntoView()");
        screenshot("web-chat-zh.png");

        // Tapped, the chart fills the screen at its own width, wider than the phone; a tap closes it.
        driver.findElement(By.cssSelector("img.picture")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".enlarged img")).isEmpty());
        Number shownWidth = (Number) script("return document.querySelector('.enlarged img').getBoundingClientRect().width");
        assertTrue(shownWidth.doubleValue() > 390, "enlarged width " + shownWidth);
        screenshot("web-chat-chart-enlarged.png");
        driver.findElement(By.cssSelector(".enlarged")).click();
        wait.until(d -> d.findElements(By.cssSelector(".enlarged")).isEmpty());
    }

    @Test
    void wordsTypedAtTheMenuAreUnderstoodOrOfferedAsButtons() {
        open("zh-CN");
        waitForBotBubble("开始前说一声");
        clickChoice("我同意，开始吧");
        waitForChoices();
        screenshot("web-chat-menu.png");
        send("被催了");
        waitForBotBubble("你是想");
        screenshot("web-chat-guess.png");
        clickChoice("都不是");
        waitForBotBubble("换个说法");
        send("催收打电话给我妈了");
        waitForBotBubble("你是哪一位");
    }

    @Test
    void aLetterIsReviewedThenShownWithItsDownloads() {
        openAndAgree("zh-CN");
        waitForChoices();
        clickChoice("帮我写投诉信或协商函");
        clickChoice("写给放贷机构的投诉信");
        waitForBotBubble("你的联系电话");
        send("13912345678");
        waitForBotBubble("放贷机构全称");
        send("深圳前海微众银行股份有限公司");
        waitForBotBubble("以日期开头");
        send("11月20日 晚上11点 来电辱骂我");
        clickChoice("就这些");
        waitForBotBubble("证据");
        send("通话录音2段");
        clickChoice("就这些");
        waitForBotBubble("请核对");
        waitForBotBubble("你的联系电话：13912345678", "深圳前海微众银行股份有限公司");
        screenshot("web-chat-letter-review.png");
        clickChoice("修改其中一项");
        clickChoice("你的信息");
        clickChoice("你的姓名");
        send("李四");
        waitForBotBubble("你的姓名：李四");
        clickChoice("没问题，生成信件");

        waitForBotBubble("关于违规催收的投诉信", "姓名：李四", "不构成法律意见");
        List<WebElement> links = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".links a"));
            return found.size() == 2 ? found : null;
        });
        String href = links.get(0).getAttribute("href");
        assertTrue(href.startsWith("http://localhost:" + port + "/files/") && href.endsWith(".pdf"), href);
        assertEquals("下载 PDF", links.get(0).getText());
        // The downloads stand right before the letter's text, not after two screens of it.
        assertEquals(Boolean.TRUE, script("const box = document.querySelector('.links');"
                + "const letter = Array.from(document.querySelectorAll('.bubble.bot')).find(b => b.textContent.startsWith('关于违规催收的投诉信'));"
                + "return box.nextElementSibling === letter;"));
        screenshot("web-chat-letter.png");
    }

    private void send(String text) {
        type(text);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("send"))).click();
    }

    @Test
    void englishCalmFlow() {
        open("en");
        waitForBotBubble("Before we start:");
        clickChoice("I agree, let's begin");
        waitForBotBubble("Anxin");
        waitForChoices();
        assertEquals("en", script("return document.documentElement.lang"));
        assertEquals("Send", driver.findElement(By.id("send")).getText());

        clickChoice("Help me calm down first");
        waitForBotBubble("Are you safe right now");

        // Enter sends, the same as the button.
        type("yes");
        driver.findElement(By.id("input")).sendKeys(Keys.ENTER);
        waitForBotBubble("10 pm");

        assertTrue(userBubbles().contains("yes"), userBubbles()::toString);
        assertEquals("", driver.findElement(By.id("input")).getAttribute("value"));
        screenshot("web-chat-en.png");
    }

    @Test
    void traditionalCharactersTypedOrChosenAreAnsweredInTraditional() {
        openAndAgree("zh-CN");
        waitForChoices();
        send("催收打電話給我媽");
        waitForBotBubble("你用的是繁體字", "/lang zh-CN");
        waitForBotBubble("家人朋友因爲欠款被打電話");
        // The page follows: its own words, its language and the pressed language button.
        assertEquals("zh-Hant", script("return document.documentElement.lang"));
        assertEquals("發送", driver.findElement(By.id("send")).getText());
        assertEquals("true", driver.findElement(By.id("lang-hant")).getAttribute("aria-pressed"));
        screenshot("web-chat-hant.png");

        driver.findElement(By.id("lang-zh")).click();
        waitForBotBubble("我们用简体中文继续");
        assertEquals("发送", driver.findElement(By.id("send")).getText());
        driver.findElement(By.id("lang-hant")).click();
        waitForBotBubble("我們用繁體中文繼續");
        assertEquals("zh-Hant", script("return document.documentElement.lang"));
    }

    @Test
    void aBrowserSetToTaiwanChineseOpensInTraditional() {
        open("zh-TW");
        waitForBotBubble("開始前說一聲");
        assertEquals("繁體", driver.findElement(By.cssSelector("#lang-hant[aria-pressed='true']")).getText());
        clickChoice("我同意，開始吧");
        waitForBotBubble("你現在最想先做哪一件事");
    }

    @Test
    void aPressedButtonCannotBePressedAgain() {
        openAndAgree("zh-CN");
        waitForBotBubble("安心");
        WebElement button = clickChoice("准备和放贷方协商还款");
        WebElement group = button.findElement(By.xpath("./ancestor::div[contains(@class,'choices')]"));

        assertAllDisabled(group);
        waitForBotBubble("欠这家放贷方");
        assertAllDisabled(group);

        // Even a script-driven click on the old button must not send the choice a second time.
        script("arguments[0].click()", button);
        assertEquals(1, userBubbles().stream().filter("准备和放贷方协商还款"::equals).count(), userBubbles()::toString);
    }

    @Test
    void theAttachButtonAppearsInTheEvidenceLockerAndKeepsAFile(@TempDir Path folder) throws IOException {
        openAndAgree("zh-CN");
        waitForBotBubble("安心");
        waitForChoices();
        assertEquals(Boolean.FALSE, script("return document.getElementById('attach').offsetParent !== null"),
                "no attach button outside the evidence locker");

        clickChoice("保存证据");
        waitForBotBubble("证据柜");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attach")));
        Path screenshot = folder.resolve("截图.png");
        Files.write(screenshot, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        driver.findElement(By.id("file")).sendKeys(screenshot.toString());

        waitForBotBubble("已经保存", screenshot.getFileName().toString(), "第 1 条");
    }

    @Test
    void crisisLinesAreTapToCallAndNoNumberBreaks() {
        open("zh-CN");
        waitForBotBubble("开始前说一声");
        screenshot("web-chat-consent.png");
        clickChoice("紧急求助");
        waitForBotBubble("400-161-9995");

        @SuppressWarnings("unchecked")
        List<String> calls = (List<String>) script(
                "return Array.from(document.querySelectorAll('.bubble.bot a.tel')).map(a => a.getAttribute('href'))");
        assertTrue(calls.containsAll(List.of("tel:12356", "tel:110", "tel:120", "tel:01082951332", "tel:4001619995")), calls::toString);
        assertEquals("nowrap", script("return getComputedStyle(document.querySelector('.bubble.bot a.tel')).whiteSpace"));
        // Urgent help is set apart on every screen, and the way back to the menu from the choices that go forward.
        assertEquals(Boolean.TRUE, script("const b = Array.from(document.querySelectorAll('.choices button.role-urgent'));"
                + "return b.length > 0 && b.every(x => getComputedStyle(x).order === '-1');"));
        assertEquals(Boolean.TRUE, script("const m = document.querySelector('.choices:last-of-type button.role-menu');"
                + "return m !== null && m.textContent === '回到主菜单';"));
        screenshot("web-chat-urgent.png");
    }

    @Test
    void afterDeletingMyDataNothingOfTheConversationStaysOnScreen() {
        answerTheFirstNegotiationQuestion();
        send("我的数据");
        waitForBotBubble("这是我为你保存的回答");
        screenshot("web-chat-my-data.png");

        send("删除我的数据");
        clickChoice("确定，全部删除");
        waitForBotBubble("已经全部删除了");

        List<String> left = texts(".bubble");
        assertEquals(1, left.size(), left::toString);
        assertTrue(left.get(0).contains("已经全部删除了"), left::toString);
        screenshot("web-chat-erased.png");
    }

    @Test
    void quickExitLeavesAtOnceAndTheConversationWaitsAtTheStepLeft() {
        answerTheFirstNegotiationQuestion();
        Object kept = script("return localStorage.getItem('anxin.conversation')");
        assertNotNull(kept, "the page keeps its conversation");

        driver.findElement(By.id("quick-exit")).click();

        String local = "http://localhost:" + port;
        wait.ignoring(WebDriverException.class).until(d -> {
            String url = d.getCurrentUrl();
            return (url != null && !url.startsWith(local)) || d.findElements(By.cssSelector(".bubble")).isEmpty();
        });

        // Opened again on this device: only the step the user left, nothing said before it, and the answers kept.
        open("zh-CN");
        waitForBotBubble("每个月大约能拿出多少");
        assertEquals(kept, script("return localStorage.getItem('anxin.conversation')"));
        List<String> shown = texts(".bubble");
        assertTrue(shown.stream().noneMatch(t -> t.contains("3万5") || t.contains("开始前说一声")), shown::toString);
        screenshot("web-chat-after-quick-exit.png");
    }

    @Test
    void aResumeCodeCarriesTheConversationToAnotherDevice() {
        answerTheFirstNegotiationQuestion();
        send("继续码");
        waitForBotBubble("你的继续码");
        String note = texts(".bubble.bot").stream().filter(t -> t.contains("你的继续码")).findFirst().orElseThrow();
        String code = note.replaceAll("(?s).*你的继续码：(\\S{4}-\\S{4}).*", "$1");
        assertTrue(code.matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}"), note);
        assertFalse(userBubbles().isEmpty());

        // Another device: nothing stored in this browser, a new visit begins with the consent notice.
        script("localStorage.clear()");
        open("zh-CN");
        waitForBotBubble("开始前说一声");
        send(code.toLowerCase(java.util.Locale.ROOT));
        waitForBotBubble("接上了");
        waitForBotBubble("每个月大约能拿出多少");
        assertTrue(texts(".bubble.bot").stream().noneMatch(t -> t.contains("开始前说一声")), texts(".bubble")::toString);
        screenshot("web-chat-resumed.png");

        // A mistyped code at the start gets a kind word, not the dialog's confusion.
        script("localStorage.clear()");
        open("zh-CN");
        waitForBotBubble("开始前说一声");
        send("继续码 ZZZZ-ZZZZ");
        waitForBotBubble("对不上");
    }

    // ---- helpers ----

    private void open(String lang) {
        driver.get("http://localhost:" + port + "/?lang=" + lang);
    }

    /** A new user who agreed, went to the negotiation and said how much they owe: the bot asks what they can pay. */
    private void answerTheFirstNegotiationQuestion() {
        openAndAgree("zh-CN");
        waitForChoices();
        send("/start negotiate");
        waitForBotBubble("欠这家放贷方大约多少钱");
        send("3万5");
        waitForBotBubble("每个月大约能拿出多少");
    }

    /** Opens the page as a first visit and presses "I agree" under the consent notice, as every new user does. */
    private void openAndAgree(String lang) {
        open(lang);
        clickChoice(lang.equals("en") ? "I agree, let's begin" : "我同意，开始吧");
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    @SuppressWarnings("unchecked")
    private List<String> texts(String selector) {
        // One round trip and no stale elements while new bubbles keep arriving.
        return (List<String>) script(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent)", selector);
    }

    private List<String> userBubbles() {
        return texts(".bubble.user");
    }

    private void waitForBotBubble(String... parts) {
        waitForText(".bubble.bot", parts);
    }

    private void waitForBubble(String... parts) {
        waitForText(".bubble", parts);
    }

    private void waitForText(String selector, String... parts) {
        try {
            wait.until(d -> texts(selector).stream()
                    .anyMatch(text -> Arrays.stream(parts).allMatch(text::contains)));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("No " + selector + " containing " + Arrays.toString(parts) + "; the page shows " + texts(".bubble"),
                    e);
        }
    }

    /** Waits for choices the user can press now (the ones already answered, such as the consent notice's, are disabled). */
    private void waitForChoices() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".choices button:not(:disabled)")));
    }

    private WebElement clickChoice(String label) {
        WebElement button = wait.until(d -> d.findElements(By.cssSelector(".choices button")).stream()
                .filter(b -> label.equals(b.getText()) && b.isEnabled())
                .findFirst()
                .orElse(null));
        button.click();
        return button;
    }

    private void type(String text) {
        WebElement input = driver.findElement(By.id("input"));
        input.clear();
        input.sendKeys(text);
    }

    private static void assertAllDisabled(WebElement group) {
        List<WebElement> buttons = group.findElements(By.tagName("button"));
        assertFalse(buttons.isEmpty());
        for (WebElement b : buttons) {
            assertFalse(b.isEnabled(), () -> "still enabled: " + b.getText());
        }
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
