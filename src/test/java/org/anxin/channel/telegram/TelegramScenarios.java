package org.anxin.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.anxin.conversation.ConversationStore;
import org.anxin.conversation.Inbound;
import org.anxin.conversation.TurnService;
import org.anxin.counselor.Counselors;
import org.anxin.counselor.Handoff;
import org.anxin.counselor.HandoffLinks;
import org.anxin.counselor.Handoffs;
import org.anxin.dialog.UserInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The Telegram behaviours, run against a local fake Bot API with the real TelegramBots client, once per way updates
 * arrive (long polling, webhook). Each test talks in a chat of its own. Waits are on the fake's recorded calls.
 */
abstract class TelegramScenarios {

    static final String NEGOTIATE = "准备和放贷方协商还款";
    static final String ASK_OWED = "欠这家放贷方大约多少钱";
    static final String AGREE = "我同意，开始吧";
    static final String NOTICE = "开始前说一声";
    static final String WELCOME = "是深圳市法律援助中心的咨询员请你来这里的";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger UPDATE_IDS = new AtomicInteger(5000);
    private static final AtomicLong CHAT_IDS = new AtomicLong(700_000);

    @Autowired
    ConversationStore store;
    @Autowired
    TurnService turns;
    @Autowired
    TelegramDelivery delivery;
    @Autowired
    Counselors counselors;
    @Autowired
    Handoffs handoffs;
    @Autowired
    HandoffLinks handoffLinks;

    /** The fake Bot API this test class runs against. */
    abstract FakeBotApi api();

    /** Hands updates to Anxin the way this mode does (polling: queued for getUpdates; webhook: posted). */
    abstract void send(String... updates) throws Exception;

    static void register(DynamicPropertyRegistry registry, FakeBotApi api, String mode) {
        registry.add("anxin.telegram.token", () -> FakeBotApi.TOKEN);
        registry.add("anxin.telegram.api-url", api::url);
        registry.add("anxin.telegram.mode", () -> mode);
        registry.add("anxin.telegram.webhook-secret", () -> "test-secret_123");
        registry.add("anxin.telegram.username", () -> "AnxinTestBot");
        registry.add("anxin.telegram.poll-timeout", () -> "0s");
        registry.add("anxin.telegram.retry-backoff", () -> "10ms");
        registry.add("anxin.telegram.resend-interval", () -> "1h");
    }

    static long newChat() {
        return CHAT_IDS.incrementAndGet();
    }

    static int nextUpdateId() {
        return UPDATE_IDS.incrementAndGet();
    }

    static ObjectNode chat(long id, String type) {
        ObjectNode chat = JSON.createObjectNode().put("id", id).put("type", type);
        if (type.equals("private")) {
            chat.put("first_name", "A");
        } else {
            chat.put("title", "Group");
        }
        return chat;
    }

    static ObjectNode from(long id) {
        return JSON.createObjectNode().put("id", Math.abs(id)).put("is_bot", false).put("first_name", "A")
                .put("language_code", "zh-hans");
    }

    /** A first message from a user whose Telegram app is set to traditional Chinese. */
    static String textInTraditionalApp(long chatId, String text) throws Exception {
        ObjectNode update = (ObjectNode) JSON.readTree(text(chatId, text));
        ((ObjectNode) update.path("message").path("from")).put("language_code", "zh-hant");
        return update.toString();
    }

    static String text(int updateId, long chatId, String type, String text) {
        ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
        ObjectNode message = update.putObject("message").put("message_id", updateId).put("date", 1_700_000_000);
        message.set("chat", chat(chatId, type));
        message.set("from", from(chatId));
        message.put("text", text);
        return update.toString();
    }

    static String text(long chatId, String text) {
        return text(nextUpdateId(), chatId, "private", text);
    }

    static String press(long chatId, int messageId, String data) {
        int updateId = nextUpdateId();
        ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
        ObjectNode query = update.putObject("callback_query").put("id", "q" + updateId).put("chat_instance", "ci")
                .put("data", data);
        query.set("from", from(chatId));
        ObjectNode message = query.putObject("message").put("message_id", messageId).put("date", 1_700_000_000)
                .put("text", "…");
        message.set("chat", chat(chatId, "private"));
        return update.toString();
    }

    static String queryId(String update) throws Exception {
        return JSON.readTree(update).path("callback_query").path("id").asText();
    }

    boolean sentTo(FakeBotApi.Call c, long chat) {
        return c.method().equals("sendmessage") && c.chatId().equals(String.valueOf(chat)) && c.status() == 200;
    }

    FakeBotApi.Call awaitMessage(long chat, String containing) throws InterruptedException {
        return api().await(c -> sentTo(c, chat) && (c.text().contains(containing) || c.buttons().contains(containing)));
    }

    /** Waits until this chat was sent {@code count} messages containing the text or offering it as a button. */
    void awaitMessages(long chat, String containing, int count) throws InterruptedException {
        api().await(c -> sentTo(c, chat) && (c.text().contains(containing) || c.buttons().contains(containing)), count,
                Duration.ofSeconds(10));
    }

    /** A new chat in the negotiation that said it owes 35,000, now asked what it can pay each month. */
    long owingThirtyFiveThousand() throws Exception {
        long chat = newChat();
        firstContact(chat, "/start negotiate");
        awaitMessage(chat, ASK_OWED);
        send(text(chat, "3万5"));
        awaitMessage(chat, "每个月");
        return chat;
    }

    /** Presses "I agree" under the consent notice this chat was shown, as a new user does before anything else. */
    String agree(long chat) throws Exception {
        FakeBotApi.Call notice = awaitMessage(chat, AGREE);
        String pressed = press(chat, notice.body().path("_message_id").asInt(), notice.callbackData(AGREE));
        send(pressed);
        return JSON.readTree(pressed).path("update_id").asText();
    }

    /** A user's first message in a new chat, then "I agree" under the consent notice it brings. */
    String firstContact(long chat, String firstMessage) throws Exception {
        send(text(chat, firstMessage));
        return agree(chat);
    }

    /** A new chat opened with /start and agreed to, at the start menu with every reply so far delivered. */
    long openChat() throws Exception {
        long chat = newChat();
        String agreed = firstContact(chat, "/start");
        awaitMessage(chat, NEGOTIATE);
        awaitDelivered(agreed);
        return chat;
    }

    /** Everything sent to this chat so far, in the order it was sent. */
    String said(long chat) {
        return String.join("\n", api().calls(c -> sentTo(c, chat)).stream().map(FakeBotApi.Call::text).toList());
    }

    @Test
    void theConsentNoticeComesFirstAndAgreeingClearsItsButtons() throws Exception {
        long chat = newChat();
        send(text(chat, "/start"));
        FakeBotApi.Call notice = awaitMessage(chat, AGREE);
        assertThat(notice.buttons()).containsExactly("紧急求助", AGREE, "先看详细说明", "我不同意");
        assertThat(api().calls(c -> sentTo(c, chat) && c.text().contains(NOTICE))).hasSize(1);
        assertThat(api().calls(c -> sentTo(c, chat) && c.buttons().contains(NEGOTIATE))).isEmpty();
        int noticeMessage = notice.body().path("_message_id").asInt();

        send(press(chat, noticeMessage, notice.callbackData(AGREE)));

        assertThat(awaitMessage(chat, NEGOTIATE).buttons()).contains(NEGOTIATE);
        FakeBotApi.Call cleared = api().await(c -> c.method().equals("editmessagereplymarkup")
                && c.chatId().equals(String.valueOf(chat)));
        assertThat(cleared.body().path("message_id").asInt()).isEqualTo(noticeMessage);
        assertThat(cleared.body().path("reply_markup").path("inline_keyboard").size()).isZero();
    }

    @Test
    void aCounselorsDeepLinkSaysWhoSentTheUserAndOpensItsFlowWhileAForgedOneStartsKindly() throws Exception {
        String counselor = counselors.add("王老师", "深圳市法律援助中心").counselor().id();
        Handoff handoff = handoffs.create(counselor, new Handoff.Request("negotiate", null, null, null,
                Duration.ofDays(1), null), Instant.now());
        assertThat(handoffLinks.telegram(handoff.token())).isEqualTo("https://t.me/AnxinTestBot?start=" + handoff.token());
        long chat = newChat();
        send(text(chat, "/start " + handoff.token()));
        awaitMessage(chat, AGREE);
        // Who sent the user comes before the consent notice; the counselor's flow waits until they agree.
        String said = said(chat);
        assertThat(said).contains(WELCOME).doesNotContain(ASK_OWED);
        assertThat(said.indexOf(WELCOME)).isLessThan(said.indexOf(NOTICE));
        agree(chat);
        awaitMessage(chat, ASK_OWED);
        assertThat(api().calls(c -> sentTo(c, chat) && c.text().contains(WELCOME))).as("said once").hasSize(1);

        long other = newChat();
        send(text(other, "/start h_AAAAAAAAAAAAAAAAAAAA"));
        awaitMessage(other, AGREE);
        String forged = said(other);
        assertThat(forged).contains("这个链接已经过期或不能再用了").doesNotContain("深圳市法律援助中心");
        assertThat(forged.indexOf("这个链接已经过期")).isLessThan(forged.indexOf(NOTICE));
        agree(other);
        awaitMessage(other, NEGOTIATE);
    }

    @Test
    void aSituationTypedAtTheMenuLeadsToItsStepAndDistressComesBeforeTheConsentNotice() throws Exception {
        long chat = newChat();
        firstContact(chat, "/start");
        awaitMessage(chat, NEGOTIATE);
        send(text(chat, "我还不起了怎么办"));
        awaitMessage(chat, ASK_OWED);

        long first = newChat();
        send(text(first, "药我已经攒够了 今晚就结束这一切"));
        awaitMessage(first, "12356");
        assertThat(said(first)).doesNotContain(NOTICE);
    }

    @Test
    void anAppSetToTraditionalChineseIsAnsweredInTraditionalCharacters() throws Exception {
        long chat = newChat();
        send(textInTraditionalApp(chat, "/start"));
        FakeBotApi.Call notice = awaitMessage(chat, "我同意，開始吧");
        assertThat(notice.buttons()).contains("先看詳細說明", "緊急求助");
        assertThat(said(chat)).contains("開始前說一聲").doesNotContain(NOTICE);
    }

    @Test
    void theStartMenuComesAsButtonsAndPressingOneLeadsToTheNextQuestion() throws Exception {
        long chat = newChat();
        firstContact(chat, "/start");
        FakeBotApi.Call menu = awaitMessage(chat, NEGOTIATE);
        assertThat(menu.buttons()).contains(NEGOTIATE).allMatch(label -> !label.isBlank());
        int menuMessage = menu.body().path("_message_id").asInt();

        String pressed = press(chat, menuMessage, menu.callbackData(NEGOTIATE));
        send(pressed);

        awaitMessage(chat, ASK_OWED);
        String query = queryId(pressed);
        api().await(c -> c.method().equals("answercallbackquery") && c.body().path("callback_query_id").asText().equals(query));
        // The notice's buttons were cleared when the user agreed; the menu's are cleared now.
        List<FakeBotApi.Call> cleared = api().await(c -> c.method().equals("editmessagereplymarkup")
                && c.chatId().equals(String.valueOf(chat)), 2, Duration.ofSeconds(10));
        assertThat(cleared.get(cleared.size() - 1).body().path("message_id").asInt()).isEqualTo(menuMessage);
        assertThat(cleared.get(cleared.size() - 1).body().path("reply_markup").path("inline_keyboard").size()).isZero();
    }

    @Test
    void aLetterArrivesAsTextAndAsAPdfDocument() throws Exception {
        long chat = newChat();
        firstContact(chat, "/start letters");
        for (String line : new String[] {"1", "13912345678", "深圳前海微众银行股份有限公司",
                "11月20日 晚上11点 来电辱骂我", "就这些", "通话录音2段", "就这些"}) {
            send(text(chat, line));
        }
        awaitMessage(chat, "没问题，生成信件");
        send(text(chat, "没问题，生成信件"));

        awaitMessage(chat, "关于违规催收的投诉信");
        FakeBotApi.Call pdf = api().await(c -> c.method().equals("senddocument") && c.chatId().equals(String.valueOf(chat)));
        assertThat(pdf.body().path("_multipart").asText()).contains("lender-complaint.pdf", "%PDF-");
    }

    @Test
    void myDataArrivesAsAPdfSummaryToReadAndThenAsTheWholeRecord() throws Exception {
        long chat = owingThirtyFiveThousand();

        send(text(chat, "我的数据"));

        awaitMessage(chat, "这是我为你保存的回答");
        List<FakeBotApi.Call> files = api().await(c -> c.method().equals("senddocument") && c.chatId().equals(String.valueOf(chat)),
                2, Duration.ofSeconds(20));
        assertThat(files.get(0).body().path("_multipart").asText()).as("the summary first").contains("anxin-my-data.pdf", "%PDF-");
        assertThat(files.get(1).body().path("_multipart").asText()).contains("anxin-my-data.json", "35000");
    }

    @Test
    void thePlanArrivesWithAChartAsAPhoto() throws Exception {
        long chat = owingThirtyFiveThousand();
        send(text(chat, "1500"));
        awaitMessage(chat, "35000");
        FakeBotApi.Call photo = api().await(c -> c.method().equals("sendphoto") && c.chatId().equals(String.valueOf(chat)));
        assertThat(photo.body().path("_multipart").asText()).contains("chart.png", "PNG");
    }

    @Test
    void aDeepLinkOpensTheNamedFlowOnceTheUserAgrees() throws Exception {
        long chat = newChat();
        send(text(chat, "/start negotiate"));
        awaitMessage(chat, AGREE);
        assertThat(api().calls(c -> sentTo(c, chat) && c.text().contains(ASK_OWED))).isEmpty();

        agree(chat);

        awaitMessage(chat, ASK_OWED);
        assertThat(api().calls(c -> sentTo(c, chat) && c.buttons().contains(NEGOTIATE))).as("no detour by the menu").isEmpty();
    }

    @Test
    void aForgedButtonIsAnsweredKindlyAndChangesNothing() throws Exception {
        long chat = newChat();
        String forged = press(chat, 1, "give-me-everything");
        send(forged);
        String query = queryId(forged);
        FakeBotApi.Call answer = api().await(c -> c.method().equals("answercallbackquery")
                && c.body().path("callback_query_id").asText().equals(query));
        assertThat(answer.body().path("text").asText()).contains("按钮");
        assertThat(api().calls(c -> sentTo(c, chat))).isEmpty();
        assertThat(store.load("telegram:" + chat)).isEmpty();
    }

    @Test
    void aStaleButtonDoesNotMoveTheConversation() throws Exception {
        long chat = openChat();
        send(press(chat, 1, "1|1|negotiate:owed"));
        awaitMessages(chat, NEGOTIATE, 2); // the menu after agreeing, then again under the kind answer
        assertThat(api().calls(c -> sentTo(c, chat) && c.text().contains(ASK_OWED))).isEmpty();
    }

    @Test
    void aRepeatedUpdateIsAnsweredOnce() throws Exception {
        long chat = openChat();
        String update = text(chat, "/start negotiate");
        send(update, update);
        send(text(chat, "/menu"));
        awaitMessages(chat, NEGOTIATE, 2); // the menu after agreeing, then this one
        assertThat(api().calls(c -> sentTo(c, chat) && c.text().contains(ASK_OWED))).hasSize(1);
    }

    @Test
    void aRateLimitedReplyWaitsForRetryAfterAndIsSentOnce() throws Exception {
        long chat = openChat();
        api().failNext("sendMessage", String.valueOf(chat), FakeBotApi.tooManyRequests(1));
        int updateId = nextUpdateId();
        send(text(updateId, chat, "private", "/start negotiate"));
        awaitMessage(chat, ASK_OWED);
        awaitDelivered(String.valueOf(updateId));

        assertThat(api().calls(c -> c.method().equals("sendmessage") && c.chatId().equals(String.valueOf(chat))
                && c.status() == 429)).hasSize(1);
        List<String> delivered = api().calls(c -> sentTo(c, chat)).stream().map(FakeBotApi.Call::text).toList();
        assertThat(delivered).doesNotHaveDuplicates();
        assertThat(delivered.stream().filter(t -> t.contains(ASK_OWED))).hasSize(1);
    }

    @Test
    void aGroupChatIsPointedToAPrivateChatAndNothingIsKept() throws Exception {
        long group = -100_000 - newChat();
        send(text(nextUpdateId(), group, "group", "/start@AnxinTestBot 我欠了三万块"));
        FakeBotApi.Call notice = api().await(c -> c.method().equals("sendmessage") && c.chatId().equals(String.valueOf(group)));
        assertThat(notice.body().path("reply_markup").path("inline_keyboard").get(0).get(0).path("url").asText())
                .isEqualTo("https://t.me/AnxinTestBot");
        assertThat(notice.text()).contains("私聊");
        assertThat(store.load("telegram:" + group)).isEmpty();
    }

    @Test
    void aPhotoGetsAKindNoteAndAnEditedMessageIsIgnored() throws Exception {
        long chat = newChat();
        int photoId = nextUpdateId();
        ObjectNode photo = (ObjectNode) JSON.readTree(text(photoId, chat, "private", "x"));
        ObjectNode message = (ObjectNode) photo.path("message");
        message.remove("text");
        message.putArray("photo").addObject().put("file_id", "f").put("file_unique_id", "u").put("width", 1)
                .put("height", 1);
        ObjectNode edited = (ObjectNode) JSON.readTree(text(nextUpdateId(), chat, "private", "edited"));
        edited.set("edited_message", edited.remove("message"));
        send(edited.toString(), photo.toString());
        FakeBotApi.Call note = api().await(c -> sentTo(c, chat));
        assertThat(note.text()).contains("文字");
        assertThat(store.load("telegram:" + chat)).isEmpty();
    }

    @Test
    void aPhotoSentInTheEvidenceLockerIsDownloadedAndKept() throws Exception {
        long chat = newChat();
        firstContact(chat, "/start evidence");
        awaitMessage(chat, "证据柜");
        byte[] content = "photo bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        api().file("photo-" + chat, content);
        int photoId = nextUpdateId();
        ObjectNode photo = (ObjectNode) JSON.readTree(text(photoId, chat, "private", "x"));
        ObjectNode message = (ObjectNode) photo.path("message");
        message.remove("text");
        message.putArray("photo").addObject().put("file_id", "photo-" + chat).put("file_unique_id", "u")
                .put("width", 1).put("height", 1).put("file_size", content.length);

        send(photo.toString());

        assertThat(awaitMessage(chat, "已经保存").text()).contains("photo-1700000000.jpg", "第 1 条");
        org.anxin.dialog.Incident.File kept = store.load("telegram:" + chat).orElseThrow().state().evidence().get(0).files().get(0);
        assertThat(kept.size()).isEqualTo(content.length);
        assertThat(kept.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(content)));
    }

    @Test
    void anAnswerThatWasNotSentIsSentByTheResender() throws Exception {
        long chat = openChat();
        String messageId = String.valueOf(nextUpdateId());
        // A turn stored, then the process "crashed" before sending: nothing went out.
        turns.handle(new Inbound("telegram", String.valueOf(chat), messageId, new UserInput.Text("/start negotiate"),
                Instant.now(), null));
        assertThat(unsent(chat)).contains(messageId);

        delivery.resendPending(Instant.now().plusSeconds(1));

        awaitMessage(chat, ASK_OWED);
        awaitDelivered(messageId);
        delivery.resendPending(Instant.now().plusSeconds(1));
        send(text(chat, "/menu"));
        awaitMessages(chat, NEGOTIATE, 2); // the menu after agreeing, then this one
        assertThat(api().calls(c -> sentTo(c, chat) && c.text().contains(ASK_OWED))).hasSize(1);
    }

    @Test
    void duringAnOutageAnswersWaitInOrderAndAfterItEachIsSentOnce() throws Exception {
        long chat = openChat();
        // The Bot API is down for the next ten tries (five per attempt): the answers stay in the outbox.
        for (int i = 0; i < 10; i++) {
            api().failNext("sendMessage", String.valueOf(chat), new okhttp3.mockwebserver.MockResponse().setResponseCode(502));
        }
        int first = nextUpdateId();
        send(text(first, chat, "private", "/start negotiate"));
        api().await(c -> c.method().equals("sendmessage") && c.chatId().equals(String.valueOf(chat)) && c.status() == 500, 5,
                Duration.ofSeconds(10));
        // A later message of the same chat waits behind the unsent one: it must not arrive first.
        int second = nextUpdateId();
        send(text(second, chat, "private", "35000"));
        api().await(c -> c.method().equals("sendmessage") && c.chatId().equals(String.valueOf(chat)) && c.status() == 500, 10,
                Duration.ofSeconds(10));
        awaitUnsent(chat, 2);
        assertThat(said(chat)).doesNotContain(ASK_OWED).doesNotContain("每个月");

        delivery.resendPending(Instant.now().plusSeconds(1));
        awaitMessage(chat, "每个月");
        awaitDelivered(String.valueOf(second));
        delivery.resendPending(Instant.now().plusSeconds(1));
        String all = said(chat);
        assertThat(all.indexOf(ASK_OWED)).as("in order").isLessThan(all.indexOf("每个月")).isGreaterThan(0);
        assertThat(api().calls(c -> sentTo(c, chat) && c.text().contains(ASK_OWED))).hasSize(1);
        assertThat(api().calls(c -> sentTo(c, chat) && c.text().contains("每个月"))).hasSize(1);
    }

    @Test
    void erasingEverythingIsConfirmedInTheChatAndSlowingDownIsSaid() throws Exception {
        long chat = openChat();
        send(text(chat, "删除我的数据"));
        FakeBotApi.Call confirm = awaitMessage(chat, "确定，全部删除");
        send(press(chat, confirm.body().path("_message_id").asInt(), confirm.callbackData("确定，全部删除")));
        awaitMessage(chat, "已经全部删除了");
        assertThat(store.load("telegram:" + chat)).isEmpty();

        // An answer that was not stored (here: the one a chat over its rate limit gets) goes out at once, too.
        long flooding = openChat();
        delivery.afterTurn(String.valueOf(flooding), org.anxin.conversation.TurnResult.ephemeral(
                List.of(org.anxin.dialog.Reply.text("消息来得有点快，我跟不上了。")), null, "zh-CN"), null);
        awaitMessage(flooding, "消息来得有点快");
    }

    private void awaitUnsent(long chat, int count) {
        await("answers stored").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(() -> unsent(chat).size() >= count);
    }

    @Test
    void theCommandMenuIsSetInChineseAndEnglish() throws Exception {
        FakeBotApi.Call zh = api().await(c -> c.method().equals("setmycommands") && c.body().path("language_code").asText().equals("zh"));
        FakeBotApi.Call en = api().await(c -> c.method().equals("setmycommands") && c.body().path("language_code").asText().equals("en"));
        assertThat(zh.body().toString()).contains("\"urgent\"", "紧急求助", "\"lang\"", "\"restart\"");
        assertThat(en.body().toString()).contains("\"menu\"", "Urgent help");
    }

    private java.util.List<String> unsent(long chat) {
        return store.unsent("telegram", "telegram:" + chat).stream().map(org.anxin.conversation.PendingDelivery::messageId).toList();
    }

    void awaitDelivered(String messageId) {
        await("delivery recorded").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(() -> store.withUnsent("telegram", Instant.now().plusSeconds(60), 10_000).stream()
                        .noneMatch(conversation -> store.unsent("telegram", conversation).stream()
                                .anyMatch(p -> p.messageId().equals(messageId))));
    }
}
