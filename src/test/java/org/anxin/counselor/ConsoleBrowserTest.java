package org.anxin.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anxin.HeadlessChromium;
import org.anxin.dialog.DialogEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A counselor in headless Chromium: signs in, finds the choices in the bot's words, makes a link with a prefilled
 * lender, sees its QR code, opens the link as a borrower would, sees the funnel count it, withdraws the link and signs
 * out.
 */
@ConsoleSpringTest
@Tag("browser")
class ConsoleBrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    Counselors counselors;
    @Autowired
    DialogEngine engine;

    private ChromeDriver driver;
    private HeadlessChromium browser;
    private WebDriverWait wait;

    @BeforeAll
    static void chromiumPresent() {
        HeadlessChromium.requirePresent();
    }

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start("1100,1400");
        driver = browser.driver();
        wait = browser.waitAtMost(Duration.ofSeconds(15));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void waitForText(String text) {
        try {
            wait.until(d -> d.getPageSource().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("counselor-failed.png");
            throw new AssertionError("no '" + text + "' at " + driver.getCurrentUrl() + " in: " + driver.getPageSource(), e);
        }
    }

    private void signIn(String id, String password) {
        wait.until(d -> !d.findElements(By.id("id")).isEmpty());
        driver.findElement(By.id("id")).sendKeys(id);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
    }

    @Test
    void aCounselorMakesALinkSeesItUsedAndWithdrawsIt() {
        Counselors.Created me = counselors.add("王老师", "深圳市法律援助中心");
        driver.get(url("/counselor"));
        wait.until(d -> d.getCurrentUrl().endsWith("/counselor/login"));
        signIn(me.counselor().id(), "not-the-password");
        waitForText("编号或密码不对");
        signIn(me.counselor().id(), me.password());
        waitForText("新建转介链接");

        // The choices read as the bot's own words, Chinese with the English beside it; the form still sends the ids.
        Select flows = new Select(driver.findElement(By.id("flow")));
        Select types = new Select(driver.findElement(By.id("lenderType")));
        Set<String> ids = new HashSet<>(engine.dialogs().flows().keySet());
        ids.addAll(Handoffs.LENDER_TYPES);
        List<String> shown = new ArrayList<>();
        flows.getOptions().forEach(o -> shown.add(o.getText()));
        types.getOptions().stream().filter(o -> !o.getAttribute("value").isEmpty()).forEach(o -> shown.add(o.getText()));
        assertThat(shown).allSatisfy(text -> {
            assertThat(text).matches("\\p{IsHan}.* / .*").doesNotContain("_");
            assertThat(ids).noneMatch(id -> text.equalsIgnoreCase(id) || text.contains("(" + id + ")"));
        }).contains("投诉暴力催收 / Complain about abusive collection", "被起诉了，或收到法院的信 / I've been sued or got a court letter",
                "银行 / A bank", "消费金融公司 / A consumer finance company");
        assertThat(flows.getFirstSelectedOption().getText()).isEqualTo("主菜单 / Main menu");
        assertThat(flows.getOptions()).extracting(o -> o.getAttribute("value"))
                .contains("start", "complain", "negotiate", "urgent", "court").doesNotContain("consent", "erase", "handoff", "lender");

        new Select(driver.findElement(By.id("flow"))).selectByValue("complain");
        driver.findElement(By.id("lender")).sendKeys("微粒贷");
        new Select(driver.findElement(By.id("lenderType"))).selectByValue("bank");
        driver.findElement(By.id("note")).sendKeys("见面时说好的：先看投诉渠道。");
        driver.findElement(By.id("create-button")).click();

        WebElement created = wait.until(d -> d.findElements(By.cssSelector("article.handoff.created")).stream().findFirst().orElse(null));
        assertThat(created.findElement(By.cssSelector(".status")).getText()).isEqualTo("有效 active");
        assertThat(created.getText()).contains("投诉暴力催收", "微粒贷", "类型 Type: 银行 / A bank", "见面时说好的");
        String web = created.findElement(By.cssSelector("a.web-link")).getAttribute("href");
        // Made on this server's port, the link opens on this port (no public address is configured here), and the
        // console says that such links only work on this machine.
        assertThat(web).startsWith(url("/?start=h_")).matches(".*/\\?start=h_[A-Za-z0-9_-]{20}$");
        assertThat(driver.findElement(By.id("local-links")).getText()).contains("anxin.public-url");
        WebElement qr = created.findElement(By.cssSelector("img.qr-image"));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", qr)).intValue() > 0);
        screenshot("counselor-console.png");

        // The borrower's side: the link opens the chat where the counselor meant, saying who sent them.
        driver.get(web);
        // The browser asks for English here; the organisation's name is as the counselor's account has it.
        waitForText("A counselor at 深圳市法律援助中心 asked you to come here");
        waitForText("见面时说好的");
        wait.until(d -> !d.getCurrentUrl().contains("start="));
        screenshot("counselor-handoff-chat.png");

        driver.get(url("/counselor"));
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("article.handoff")).stream().findFirst().orElse(null));
        assertThat(row.findElement(By.cssSelector("td.opened")).getText()).isEqualTo("1");
        assertThat(row.findElement(By.cssSelector("td.generated")).getText()).isEqualTo("0");

        row.findElement(By.cssSelector("button.revoke")).click();
        waitForText("链接已停用");
        assertThat(driver.findElement(By.cssSelector("article.handoff .status")).getAttribute("data-status")).isEqualTo("revoked");

        driver.findElement(By.id("sign-out")).click();
        waitForText("已退出");
        driver.get(url("/counselor"));
        wait.until(d -> d.getCurrentUrl().endsWith("/counselor/login"));
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
