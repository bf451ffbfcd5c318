package org.anxin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Posts Telegram updates to a webhook over a fixed number of connections, as Telegram does (it opens up to 40 to
 * one webhook by default), and measures three things: how fast each POST is acknowledged, how many are acknowledged
 * a second, and, through the fake Bot API, how long after the POST the bot's answer arrives.
 *
 * <p>With answers awaited (the bots), each chat follows {@link Script}: it posts its next update only when the
 * answer to the last one has arrived, as a person does, so a chat never has two updates in flight, and the many chats
 * keep every connection busy; about one post in ten is a new chat's first contact (see {@link #next}). Without (the
 * ceiling endpoint), every POST is a fresh {@code /start} and nothing is
 * waited for. A POST answered with anything but 200 is posted again a moment later with the same update id, as
 * Telegram does. Time is split into a warm-up and rounds; a POST counts in the round in which its answer (200)
 * came, an answer's lag in the round in which its update was posted.
 */
final class Driver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** One post in this many is a new chat's first contact while conversations are waiting to go on. */
    static final int NEW_CHAT_EVERY = 10;

    record Settings(List<URI> webhooks, String secret, int chats, long firstChat, int connections, Duration warmup,
            Duration round, int rounds, boolean awaitAnswers, Duration drain) {
    }

    /** What one round measured. */
    static final class Round {
        final Samples ack = new Samples();
        final Samples firstPart = new Samples();
        final Samples complete = new Samples();
        final LongAdder ok = new LongAdder();
        final LongAdder refused = new LongAdder();
        /** Updates posted, by kind: a first contact's /start, other typed text, a pressed button. */
        final LongAdder starts = new LongAdder();
        final LongAdder typed = new LongAdder();
        final LongAdder presses = new LongAdder();
        /** Answer parts (messages, pictures, files) that reached the Bot API in the round. */
        final LongAdder sent = new LongAdder();
        double seconds;

        double perSecond() {
            return ok.sum() / seconds;
        }
    }

    /** The run: the rounds after the warm-up, and what went wrong. */
    record Report(List<Round> rounds, Round all, long refused, long failed, int unanswered, int mismatched,
            Instant timedStart, Instant timedEnd) {
    }

    private static final class Chat {
        final long id;
        int step;
        int nextMessageId = 1;
        String pending;
        String expect;
        boolean waiting;
        boolean retired;
        long postedAt;
        long firstAt;
        int phase;
        JsonNode keyboard;
        int keyboardMessage;

        Chat(long id) {
            this.id = id;
        }
    }

    private final Settings settings;
    private final HttpClient http;
    private final Map<Long, Chat> chats = new ConcurrentHashMap<>();
    /** Chats that have not written yet, in random order. */
    private final java.util.concurrent.ConcurrentLinkedQueue<Chat> fresh = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Chats whose answer came (or whose update is to be posted again), oldest first. */
    private final LinkedBlockingQueue<Chat> ready = new LinkedBlockingQueue<>();
    private final AtomicInteger updateIds = new AtomicInteger(1_000_000);
    private final java.util.concurrent.atomic.AtomicLong posts = new java.util.concurrent.atomic.AtomicLong();
    private final LongAdder failed = new LongAdder();
    private final AtomicInteger mismatched = new AtomicInteger();
    private final List<Round> phases = new ArrayList<>();
    private volatile boolean stopping;
    private long started;

    Driver(Settings settings, FakeBotApi api) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
        for (int i = 0; i <= settings.rounds() + 1; i++) {
            phases.add(new Round());
        }
        List<Chat> all = new ArrayList<>();
        for (int i = 0; i < settings.chats(); i++) {
            Chat chat = new Chat(settings.firstChat() + i);
            chats.put(chat.id, chat);
            all.add(chat);
        }
        Collections.shuffle(all);
        fresh.addAll(all);
        api.listen(this::call);
    }

    /** The phase a moment falls in: 0 the warm-up, 1..rounds the rounds, rounds + 1 after them. */
    private int phase(long nanos) {
        long since = nanos - started - settings.warmup().toNanos();
        if (since < 0) {
            return 0;
        }
        return (int) Math.min(settings.rounds() + 1, 1 + since / settings.round().toNanos());
    }

    Report run() throws InterruptedException {
        started = System.nanoTime();
        Instant wallStart = Instant.now();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < settings.connections(); i++) {
            Thread worker = new Thread(this::work, "driver-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        long end = started + settings.warmup().toNanos() + settings.round().toNanos() * settings.rounds();
        int reported = 0;
        while (System.nanoTime() < end) {
            Thread.sleep(200);
            int now = phase(System.nanoTime());
            if (now > reported && now >= 2) {
                Round done = phases.get(now - 1);
                done.seconds = settings.round().toNanos() / 1e9;
                System.out.printf("    round %d: %.0f updates/s, ack p50 %.1f ms, p99 %.1f ms%n", now - 1, done.perSecond(),
                        done.ack.percentileMillis(50), done.ack.percentileMillis(99));
                reported = now;
            }
        }
        for (int r = Math.max(1, reported); r <= settings.rounds(); r++) {
            Round done = phases.get(r);
            done.seconds = settings.round().toNanos() / 1e9;
            System.out.printf("    round %d: %.0f updates/s, ack p50 %.1f ms, p99 %.1f ms%n", r, done.perSecond(),
                    done.ack.percentileMillis(50), done.ack.percentileMillis(99));
        }
        stopping = true;
        for (Thread worker : workers) {
            worker.join(30_000);
        }
        // Answers to the last updates are still on their way: wait for them, a bounded time.
        long drainEnd = System.nanoTime() + settings.drain().toNanos();
        while (settings.awaitAnswers() && waiting() > 0 && System.nanoTime() < drainEnd) {
            Thread.sleep(100);
        }
        List<Round> rounds = new ArrayList<>(phases.subList(1, settings.rounds() + 1));
        Round all = new Round();
        for (Round round : rounds) {
            round.seconds = settings.round().toNanos() / 1e9;
            all.ack.addAll(round.ack);
            all.firstPart.addAll(round.firstPart);
            all.complete.addAll(round.complete);
            all.ok.add(round.ok.sum());
            all.refused.add(round.refused.sum());
            all.starts.add(round.starts.sum());
            all.typed.add(round.typed.sum());
            all.presses.add(round.presses.sum());
            all.sent.add(round.sent.sum());
            all.seconds += round.seconds;
        }
        long refused = phases.stream().mapToLong(r -> r.refused.sum()).sum();
        Instant timedStart = wallStart.plus(settings.warmup());
        if (waiting() > 0 || mismatched.get() > 0) {
            System.out.printf("   still waiting for an answer: %d chats, by the step they wait at %s; without the button to press: %d%n",
                    waiting(), waitingBySteps(), mismatched.get());
        }
        return new Report(rounds, all, refused, failed.sum(), waiting(), mismatched.get(), timedStart,
                timedStart.plus(settings.round().multipliedBy(settings.rounds())));
    }

    /** How many chats wait for an answer at each step of the script, for a run that left some unanswered. */
    private Map<Integer, Integer> waitingBySteps() {
        Map<Integer, Integer> steps = new java.util.TreeMap<>();
        for (Chat chat : chats.values()) {
            synchronized (chat) {
                if (chat.waiting) {
                    steps.merge(chat.step, 1, Integer::sum);
                }
            }
        }
        return steps;
    }

    private int waiting() {
        int n = 0;
        for (Chat chat : chats.values()) {
            synchronized (chat) {
                if (chat.waiting) {
                    n++;
                }
            }
        }
        return n;
    }

    private void work() {
        while (!stopping) {
            try {
                if (settings.awaitAnswers()) {
                    Chat chat = next();
                    if (chat != null) {
                        turn(chat);
                    }
                } else {
                    long id = settings.firstChat() + ThreadLocalRandom.current().nextInt(settings.chats());
                    post(text(id, updateIds.incrementAndGet(), (int) (id % 1000), "/start"));
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * The chat to post for next: one time in {@link #NEW_CHAT_EVERY} a new chat's first {@code /start}, otherwise
     * the chat that has waited longest since its answer came; a new chat too when no answered chat is waiting, since
     * new users keep coming however late the bot answers the others. So the mix of first contacts and conversations
     * going on stays about the same whatever the speed, and the chats in play grow over the run.
     */
    private Chat next() throws InterruptedException {
        Chat chat = ThreadLocalRandom.current().nextInt(NEW_CHAT_EVERY) == 0 ? null : ready.poll();
        if (chat == null) {
            chat = fresh.poll();
        }
        return chat != null ? chat : ready.poll(50, TimeUnit.MILLISECONDS);
    }

    private void turn(Chat chat) throws InterruptedException {
        String body;
        synchronized (chat) {
            if (chat.pending == null) {
                Script.Step step = Script.step(chat.step, chat.id);
                chat.pending = step.press() ? press(chat, step.said()) : text(chat.id, updateIds.incrementAndGet(),
                        chat.nextMessageId++, step.said());
                chat.expect = step.expect();
                if (chat.pending == null) {
                    mismatched.incrementAndGet();
                    chat.retired = true;
                    return;
                }
            }
            body = chat.pending;
            chat.waiting = true;
            chat.firstAt = 0;
            chat.postedAt = System.nanoTime();
            chat.phase = phase(chat.postedAt);
            Round round = phases.get(chat.phase);
            (chat.step == 0 ? round.starts : body.contains("\"callback_query\"") ? round.presses : round.typed).increment();
        }
        int status = post(body);
        if (status != 200) {
            synchronized (chat) {
                chat.waiting = false;
            }
            Thread.sleep(200);
            ready.add(chat);
        }
    }

    /** Posts one update; returns the status, or -1 when the connection failed. */
    private int post(String body) throws InterruptedException {
        // Several nodes take the posts in turn, as a load balancer without sticky sessions would.
        URI webhook = settings.webhooks().get((int) Math.floorMod(posts.getAndIncrement(), settings.webhooks().size()));
        HttpRequest request = HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header(SECRET_HEADER, settings.secret())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long sent = System.nanoTime();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = -1;
        }
        long answered = System.nanoTime();
        Round round = phases.get(phase(answered));
        if (status == 200) {
            round.ok.increment();
            round.ack.add(answered - sent);
        } else if (status > 0) {
            round.refused.increment();
        } else {
            failed.increment();
        }
        return status;
    }

    /** A call the fake Bot API received: an answer part for a chat that may complete what it waits for. */
    private void call(String method, long chatId, long arrived, JsonNode body, int messageId) {
        if (!method.equals("sendmessage") && !method.equals("sendphoto") && !method.equals("senddocument")) {
            return; // a pressed button acknowledged, its keyboard cleared, the start-up calls: no answer
        }
        Chat chat = chats.get(chatId);
        if (chat == null) {
            return;
        }
        phases.get(phase(arrived)).sent.increment();
        synchronized (chat) {
            JsonNode keyboard = body == null ? null : body.path("reply_markup").path("inline_keyboard");
            if (keyboard != null && keyboard.size() > 0) {
                chat.keyboard = keyboard;
                chat.keyboardMessage = messageId;
            }
            if (!chat.waiting) {
                return;
            }
            if (chat.firstAt == 0) {
                chat.firstAt = arrived;
            }
            if (body != null && completes(body, chat.expect)) {
                Round round = phases.get(chat.phase);
                round.firstPart.add(chat.firstAt - chat.postedAt);
                round.complete.add(arrived - chat.postedAt);
                chat.waiting = false;
                chat.pending = null;
                chat.step++;
                if (!stopping) {
                    ready.add(chat);
                }
            }
        }
    }

    private static boolean completes(JsonNode message, String expect) {
        if (message.path("text").asText("").contains(expect)) {
            return true;
        }
        for (JsonNode row : message.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.path("text").asText("").equals(expect)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ObjectNode from(long chatId) {
        return JSON.createObjectNode().put("id", chatId).put("is_bot", false).put("first_name", "用户")
                .put("language_code", "zh-hans");
    }

    private static ObjectNode privateChat(long chatId) {
        return JSON.createObjectNode().put("id", chatId).put("type", "private").put("first_name", "用户");
    }

    /** A text message as Telegram sends it to a webhook. */
    static String text(long chatId, int updateId, int messageId, String text) {
        ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
        ObjectNode message = update.putObject("message").put("message_id", messageId)
                .put("date", System.currentTimeMillis() / 1000);
        message.set("from", from(chatId));
        message.set("chat", privateChat(chatId));
        message.put("text", text);
        if (text.startsWith("/")) {
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                    .put("length", text.split(" ")[0].length());
        }
        return update.toString();
    }

    /** A press of the button with this label on the chat's last keyboard, or null when there is none such. */
    private String press(Chat chat, String label) {
        if (chat.keyboard == null) {
            return null;
        }
        for (JsonNode row : chat.keyboard) {
            for (JsonNode button : row) {
                if (button.path("text").asText("").equals(label)) {
                    int updateId = updateIds.incrementAndGet();
                    ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
                    ObjectNode query = update.putObject("callback_query").put("id", Long.toString(chat.id * 1000L + updateId))
                            .put("chat_instance", "ci" + chat.id).put("data", button.path("callback_data").asText());
                    query.set("from", from(chat.id));
                    ObjectNode message = query.putObject("message").put("message_id", chat.keyboardMessage)
                            .put("date", System.currentTimeMillis() / 1000).put("text", "…");
                    message.set("from", JSON.createObjectNode().put("id", 123456).put("is_bot", true)
                            .put("first_name", "Bench"));
                    message.set("chat", privateChat(chat.id));
                    return update.toString();
                }
            }
        }
        return null;
    }
}
