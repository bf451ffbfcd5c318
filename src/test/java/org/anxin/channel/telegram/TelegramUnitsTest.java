package org.anxin.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.anxin.content.ShippedDialogs;
import org.awaitility.Awaitility;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.anxin.channel.StoreDownAdvice;
import org.anxin.conversation.TurnResult;
import org.anxin.dialog.Reply;
import org.anxin.dialog.UserInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Telegram adapter's parts that need no server: splitting, button data, settings, the webhook's failure answer. */
class TelegramUnitsTest {

    @ParameterizedTest
    @CsvSource({"zh-hant, zh-Hant", "zh-TW, zh-Hant", "zh-hk, zh-Hant", "zh_Hant_HK, zh-Hant", "zh-mo, zh-Hant",
            "zh, zh-CN", "zh-cn, zh-CN", "zh-hans, zh-CN", "en, en", "en-GB, en"})
    void theAppsLanguageChoosesTheBotsFirstLanguage(String telegramLanguage, String locale) {
        assertThat(Texts.localeHint(telegramLanguage)).isEqualTo(locale);
        assertThat(Texts.locale(telegramLanguage)).isEqualTo(locale);
    }

    @ParameterizedTest
    @CsvSource({"'/start negotiate', negotiate", "'/start@AnxinBot h_AAAAAAAAAAAAAAAAAAAA', h_AAAAAAAAAAAAAAAAAAAA"})
    void aDeepLinkArrivesAsADeepLink(String text, String payload) {
        assertThat(TelegramUpdates.input(text)).isEqualTo(new UserInput.Start(payload));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/start", "/start 我欠了三万块", "/start two words", "negotiate", "/menu"})
    void otherTextStaysText(String text) {
        assertThat(TelegramUpdates.input(text)).isEqualTo(new UserInput.Text(text));
    }

    @Test
    void anotherLanguageLeavesTheChoiceToTheBot() {
        assertThat(Texts.localeHint("ru")).isNull();
        assertThat(Texts.localeHint(null)).isNull();
        assertThat(Texts.locale("ru")).isEqualTo("zh-CN");
    }

    @Test
    void urgentHelpIsTheFirstButtonWhereverTheFlowListsIt() {
        var keyboard = TelegramRendering.keyboard("start:menu", List.of(new Reply.Option("1", "说说我现在遇到的情况"),
                new Reply.Option("2", "先让自己平静下来"), new Reply.Option("8", "紧急求助", Reply.Option.URGENT),
                new Reply.Option("9", "回到主菜单", Reply.Option.MENU))).orElseThrow();

        assertThat(keyboard.getKeyboard()).extracting(row -> row.get(0).getText())
                .containsExactly("紧急求助", "说说我现在遇到的情况", "先让自己平静下来", "回到主菜单");
        assertThat(keyboard.getKeyboard().get(0).get(0).getCallbackData()).contains("8");
    }

    @Test
    void longTextsAreSplitAtParagraphsUnderTheLimit() {
        String paragraph = "第一段的内容。".repeat(300); // 2,100 characters
        String text = paragraph + "\n\n" + paragraph + "\n\n" + "短的一段。";
        List<String> parts = TelegramRendering.split(text, TelegramRendering.MAX_TEXT);
        assertThat(parts).hasSize(2).allMatch(p -> p.length() <= 4096);
        assertThat(parts.get(0)).isEqualTo(paragraph);
        assertThat(parts.get(1)).isEqualTo(paragraph + "\n\n短的一段。");
    }

    @Test
    void aParagraphLongerThanTheLimitIsCutBetweenLinesAndNeverInsideACharacter() {
        String line = "😀".repeat(1500); // 3,000 UTF-16 units
        List<String> parts = TelegramRendering.split(line + "\n" + line + "\n" + "x".repeat(9000), 4000);
        assertThat(parts).allMatch(p -> p.length() <= 4000).allMatch(p -> !Character.isHighSurrogate(p.charAt(p.length() - 1)));
        assertThat(String.join("", parts).replace("\n", "")).isEqualTo(line + line + "x".repeat(9000));
    }

    @Test
    void aLongReplyBecomesSeveralMessagesWithTheButtonsOnTheLast() {
        String paragraph = "段".repeat(3000);
        TurnResult result = new TurnResult(List.of(new Reply(paragraph + "\n\n" + paragraph,
                List.of(new Reply.Option("1", "回到主菜单")))), "negotiate:summary", "zh-CN");
        List<SendMessage> parts = TelegramRendering.render("42", result).stream()
                .map(p -> ((TelegramRendering.Text) p).message()).toList();
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).getReplyMarkup()).isNull();
        assertThat(parts.get(1).getReplyMarkup()).isNotNull();
    }

    @Test
    void buttonDataFitsIn64BytesAndCarriesPositionAndKey() {
        String data = CallbackData.encode("negotiate:owed", "3").orElseThrow();
        assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        assertThat(CallbackData.parse(data)).contains(new UserInput.Pick("negotiate:owed", "3"));
        assertThat(CallbackData.encode("x".repeat(70), "1")).isEmpty();
        assertThat(CallbackData.parse("garbage")).isEmpty();
        assertThat(CallbackData.parse("1|3|../../etc")).isEmpty();
        assertThat(CallbackData.parse("2|3|start:menu")).isEmpty();
        assertThat(CallbackData.parse(null)).isEmpty();
    }

    @Test
    void webhookModeWithoutASecretRefusesToStartAndSaysWhy() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "anxin.telegram.token", "1:x", "anxin.telegram.mode", "webhook")));
        assertThatThrownBy(() -> binder.bind("anxin.telegram", TelegramProperties.class))
                .rootCause().hasMessageContaining("anxin.telegram.webhook-secret").hasMessageContaining("required");
    }

    @Test
    void settingsHaveSafeDefaultsAndNeverPrintTheToken() {
        TelegramProperties p = new Binder(new MapConfigurationPropertySource(Map.of("anxin.telegram.token", "1:secret")))
                .bind("anxin.telegram", TelegramProperties.class).get();
        assertThat(p.mode()).isEqualTo(TelegramProperties.Mode.POLLING);
        assertThat(p.apiUrl().toString()).isEqualTo("https://api.telegram.org");
        assertThat(p.toString()).doesNotContain("1:secret").contains("token=(set)");
        assertThat(TelegramConfiguration.telegramUrl(p.apiUrl()).getPort()).isEqualTo(443);
    }

    @Test
    void withoutATokenThereIsNoTelegramBeanAtAll() {
        new ApplicationContextRunner().withUserConfiguration(TelegramConfiguration.class)
                .withPropertyValues("anxin.telegram.token=", "anxin.telegram.mode=webhook")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(TelegramClient.class);
                    assertThat(context).doesNotHaveBean(TelegramProperties.class);
                });
    }

    @Test
    void aStoreThatIsDownMakesTheWebhookAnswer503SoTelegramRetries() throws Exception {
        TelegramUpdates updates = mock(TelegramUpdates.class);
        doThrow(new DataAccessResourceFailureException("down")).when(updates).handle(any());
        TelegramProperties properties = new TelegramProperties("1:x", null, TelegramProperties.Mode.WEBHOOK, "s3cret",
                null, null, null, null, 5, null, null);
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new TelegramWebhookController(updates, mock(TelegramDelivery.class), properties))
                .setControllerAdvice(new StoreDownAdvice()).build();
        mvc.perform(post("/telegram/webhook").header(TelegramWebhookController.SECRET_HEADER, "s3cret")
                .contentType("application/json").content("{\"update_id\":1}")).andExpect(status().isServiceUnavailable());
        mvc.perform(post("/telegram/webhook").header(TelegramWebhookController.SECRET_HEADER, "nope")
                .contentType("application/json").content("{\"update_id\":1}")).andExpect(status().isUnauthorized());
    }

    @Test
    void theServerStartsWhileTelegramIsSlowToAnswerAndSetsTheMenuAndWebhookOnceItDoes() throws Exception {
        CountDownLatch telegramAnswers = new CountDownLatch(1);
        List<String> called = new CopyOnWriteArrayList<>();
        TelegramClient client = mock(TelegramClient.class);
        when(client.execute(any(SetMyCommands.class))).thenAnswer(call -> {
            telegramAnswers.await();
            called.add("setMyCommands");
            return true;
        });
        when(client.execute(any(SetWebhook.class))).thenAnswer(call -> {
            telegramAnswers.await();
            called.add("setWebhook");
            return true;
        });
        TelegramProperties properties = new TelegramProperties("1:x", null, TelegramProperties.Mode.WEBHOOK, "s3cret",
                URI.create("https://bot.example.org/telegram/webhook"), null, null, null, 1, Duration.ofSeconds(10), null);
        TelegramStartup startup = new TelegramStartup(new TelegramSender(client, Duration.ofMillis(10), 1),
                mock(TelegramDelivery.class), properties, new Texts(ShippedDialogs.checked().loaded().dialogs().messages()));

        // Telegram answers nothing until the start has returned: a start that waited for it would never return.
        assertTimeoutPreemptively(Duration.ofSeconds(10), startup::start);
        assertThat(called).isEmpty();
        telegramAnswers.countDown();

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> called.size() == 4);
        assertThat(called).containsExactly("setMyCommands", "setMyCommands", "setMyCommands", "setWebhook");
        startup.stop();
    }
}
