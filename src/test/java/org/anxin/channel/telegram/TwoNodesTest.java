package org.anxin.channel.telegram;

import org.anxin.ProcessWide;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.anxin.AnxinApplication;
import org.anxin.TestDataDir;
import org.anxin.TestDatabase;
import org.anxin.conversation.ConversationStore;
import org.anxin.conversation.TurnService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes on one PostgreSQL database, as an operator scales out: one data key, one link secret, one store, each
 * with its own data folder and port. Telegram's updates for a chat alternate between them and are retried on the
 * other; the Bot API goes down and comes back; a user erases on one node and writes on the other; a node dies while
 * holding a claim. Nothing is lost, nothing is sent twice, nothing comes back after erasing, and each chat's answers
 * arrive in order.
 */
@ProcessWide
@Tag("postgres")
@Tag("slow")
class TwoNodesTest {

    private static final String SECRET = "test-secret_123";
    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static TestDatabase database;
    private static FakeBotApi api;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        database = TestDatabase.create();
        api = new FakeBotApi();
        a = node(api, "webhook");
        b = node(api, "webhook");
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (api != null) {
            api.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    /** A node as an operator starts it: settings as command-line arguments, so they win over the packaged ones. */
    static ConfigurableApplicationContext node(FakeBotApi bots, String mode) {
        return new SpringApplicationBuilder(AnxinApplication.class).initializers(new TestDataDir()).run(
                "--server.port=0",
                "--anxin.store.url=" + database.url(), "--anxin.store.username=postgres", "--anxin.store.password=",
                "--anxin.store.lease=1s",
                "--anxin.privacy.keys.k1=" + KEY, "--anxin.privacy.active-key=k1",
                "--anxin.letters.link-secret=" + "s".repeat(40),
                "--anxin.limits.chat-burst=1000",
                "--anxin.telegram.token=" + FakeBotApi.TOKEN, "--anxin.telegram.api-url=" + bots.url(),
                "--anxin.telegram.mode=" + mode, "--anxin.telegram.webhook-secret=" + SECRET,
                "--anxin.telegram.username=AnxinTestBot", "--anxin.telegram.poll-timeout=0s",
                "--anxin.telegram.retry-backoff=10ms", "--anxin.telegram.send-attempts=1",
                "--anxin.telegram.resend-interval=200ms", "--anxin.telegram.resend-after=0s");
    }

    private static int post(ConfigurableApplicationContext node, String update) throws Exception {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json").header(TelegramWebhookController.SECRET_HEADER, SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** Telegram delivering an update to one node and retrying it on the other at the same moment. */
    private static void postToBoth(ConfigurableApplicationContext first, String update) throws Exception {
        ConfigurableApplicationContext second = first == a ? b : a;
        CompletableFuture<Integer> retry = CompletableFuture.supplyAsync(() -> {
            try {
                return post(second, update);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        int status = post(first, update);
        assertThat(List.of(status, retry.get())).as("both nodes acknowledge the update").containsOnly(200);
    }

    private static List<String> said(long chat) {
        return api.calls(c -> c.method().equals("sendmessage") && c.chatId().equals(String.valueOf(chat))
                && c.status() == 200).stream().map(FakeBotApi.Call::text).toList();
    }

    private static long count(List<String> said, String containing) {
        return said.stream().filter(text -> text.contains(containing)).count();
    }

    /** Each chat's three answers arrived, each once, in the order of the updates that asked for them. */
    private static void assertAnsweredOnceInOrder(long chat) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(count(said(chat), "每个月")).isEqualTo(1));
        List<String> said = said(chat);
        assertThat(count(said, TelegramScenarios.NOTICE)).as("the consent notice, once").isEqualTo(1);
        assertThat(count(said, TelegramScenarios.ASK_OWED)).as("the question how much is owed, once").isEqualTo(1);
        assertThat(count(said, "每个月")).as("the question what fits each month, once").isEqualTo(1);
        String all = String.join("\n", said);
        assertThat(all.indexOf(TelegramScenarios.NOTICE)).isLessThan(all.indexOf(TelegramScenarios.ASK_OWED));
        assertThat(all.indexOf(TelegramScenarios.ASK_OWED)).isLessThan(all.indexOf("每个月"));
    }

    /** A chat's three updates, posted one after another as soon as each is acknowledged, alternating nodes. */
    private static void talk(long chat, boolean retriedOnTheOtherNode) throws Exception {
        String[] updates = {
            TelegramScenarios.text(chat, "/start negotiate"),
            TelegramScenarios.text(chat, TelegramScenarios.AGREE),
            TelegramScenarios.text(chat, "3万5")};
        for (int i = 0; i < updates.length; i++) {
            ConfigurableApplicationContext node = i % 2 == 0 ? a : b;
            if (retriedOnTheOtherNode) {
                postToBoth(node, updates[i]);
            } else {
                assertThat(post(node, updates[i])).isEqualTo(200);
            }
        }
    }

    @Test
    void updatesAlternatingBetweenNodesAndRetriedOnBothAreAnsweredOnceAndInOrder() throws Exception {
        List<Long> chats = new ArrayList<>();
        ExecutorService users = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Void>> talking = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                long chat = TelegramScenarios.newChat();
                chats.add(chat);
                boolean retried = i % 2 == 0;
                talking.add(CompletableFuture.runAsync(() -> {
                    try {
                        talk(chat, retried);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, users));
            }
            CompletableFuture.allOf(talking.toArray(CompletableFuture[]::new)).get();
        } finally {
            users.shutdown();
        }
        chats.forEach(TwoNodesTest::assertAnsweredOnceInOrder);
    }

    @Test
    void answersLeftByABotApiOutageAreSentOnceEachAfterItInOrder() throws Exception {
        api.down(true);
        List<Long> chats = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                long chat = TelegramScenarios.newChat();
                chats.add(chat);
                talk(chat, false);
            }
            // Both nodes' sweeps run every 200 ms; while the Bot API is down, every attempt fails.
            await().atMost(Duration.ofSeconds(10)).until(() -> api.calls(c -> c.status() == 502).size() >= 12);
        } finally {
            api.down(false);
        }
        chats.forEach(TwoNodesTest::assertAnsweredOnceInOrder);
    }

    @Test
    void anErasureOnOneNodeIsNeverUndoneByTheOther() throws Exception {
        long chat = TelegramScenarios.newChat();
        talk(chat, false);
        assertAnsweredOnceInOrder(chat);
        String id = "telegram:" + chat;
        TurnService onA = a.getBean(TurnService.class);
        assertThat(onA.state(id).orElseThrow().slots()).as("node A has read the conversation")
                .containsEntry("plan.owed", "35000");

        b.getBean(TurnService.class).erase(id);

        assertThat(onA.state(id)).as("node A no longer finds what node B erased").isEmpty();
        assertThat(post(a, TelegramScenarios.text(chat, "/start"))).isEqualTo(200);
        ConversationStore store = b.getBean(ConversationStore.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> store.load(id).isPresent());
        assertThat(store.load(id).orElseThrow().state().slots()).as("nothing erased came back")
                .doesNotContainKey("plan.owed");
        assertThat(store.load(id).orElseThrow().version()).as("the new conversation continues past the erased one's version")
                .isGreaterThan(3);
    }

    @Test
    void aClaimLeftByANodeThatDiedPassesToAnotherWhenItRunsOut() throws Exception {
        long chat = TelegramScenarios.newChat();
        String id = "telegram:" + chat;
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        // A node that died while sending this chat's answers left its claim, valid for two more seconds.
        Instant until = Instant.now().plusSeconds(2);
        jdbc.update("INSERT INTO outbox_lease (channel, conversation_id, owner, until) VALUES ('telegram', ?, 'gone/1', ?)",
                id, until.toEpochMilli());

        assertThat(post(a, TelegramScenarios.text(chat, "/start negotiate"))).isEqualTo(200);

        Thread.sleep(1000);
        assertThat(said(chat)).as("nobody sends while the dead node's claim holds").isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> count(said(chat), TelegramScenarios.NOTICE) == 1);
        assertThat(Instant.now()).isAfter(until);
        Thread.sleep(500);
        assertThat(count(said(chat), TelegramScenarios.NOTICE)).as("sent once").isEqualTo(1);
    }

    @Test
    void longPollingRunsOnOneNodeAndMovesToAnotherWhenItStops() throws Exception {
        FakeBotApi first = new FakeBotApi();
        FakeBotApi second = new FakeBotApi();
        ConfigurableApplicationContext c = node(first, "polling");
        ConfigurableApplicationContext d = null;
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> first.polls() > 0);
            d = node(second, "polling");
            Thread.sleep(2000);
            assertThat(second.polls()).as("the second node does not poll while the first holds the lease").isZero();

            c.close();

            await().atMost(Duration.ofSeconds(10)).until(() -> second.polls() > 0);
        } finally {
            c.close();
            if (d != null) {
                d.close();
            }
            first.close();
            second.close();
        }
    }
}
