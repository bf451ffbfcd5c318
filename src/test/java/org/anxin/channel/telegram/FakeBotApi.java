package org.anxin.channel.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A local fake of the Telegram Bot API on loopback: hands out queued updates to getUpdates, answers every call,
 * can fail the next calls of a method on purpose, and records every call for the tests to wait on.
 */
final class FakeBotApi {

    static final String TOKEN = "123456:TEST-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded call: the method in lower case, its JSON body, and the status the fake answered. */
    record Call(String method, JsonNode body, int status) {
        String chatId() {
            return body.path("chat_id").asText();
        }

        String text() {
            return body.path("text").asText();
        }

        List<String> buttons() {
            List<String> labels = new ArrayList<>();
            body.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(b -> labels.add(b.path("text").asText())));
            return labels;
        }

        String callbackData(String label) {
            for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
                for (JsonNode b : row) {
                    if (b.path("text").asText().equals(label)) {
                        return b.path("callback_data").asText();
                    }
                }
            }
            throw new AssertionError("no button " + label + " in " + body);
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final List<Call> calls = new ArrayList<>();
    private final Deque<String> updates = new ArrayDeque<>();
    private final Map<String, Deque<MockResponse>> failures = new ConcurrentHashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger(1000);
    /** Files users "sent", by file id, for getFile and the download that follows it. */
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    /** getUpdates calls answered: whether someone polls this fake. */
    private final AtomicInteger polls = new AtomicInteger();
    /** While set, every sendMessage fails as during an outage of the Bot API. */
    private volatile boolean down;

    FakeBotApi() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return answer(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** A file Telegram holds for a file id, as a user's photo or document would be. */
    void file(String fileId, byte[] content) {
        files.put(fileId, content);
    }

    /** Queues updates (JSON objects) for the next getUpdates call, as one batch. */
    synchronized void push(String... updateJson) {
        updates.addAll(List.of(updateJson));
    }

    /** The next call of this method for this chat gets this response instead of success. */
    void failNext(String method, String chatId, MockResponse response) {
        failures.computeIfAbsent(method.toLowerCase(Locale.ROOT) + " " + chatId, m -> new ConcurrentLinkedDeque<>()).add(response);
    }

    /** Fails every sendMessage until told otherwise, as an outage of the Bot API does. */
    void down(boolean down) {
        this.down = down;
    }

    /** How many getUpdates calls this fake has answered. */
    int polls() {
        return polls.get();
    }

    static MockResponse tooManyRequests(int retryAfterSeconds) {
        return new MockResponse().setResponseCode(429).setHeader("Content-Type", "application/json")
                .setBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                        + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}");
    }

    private MockResponse answer(RecordedRequest request) throws InterruptedException {
        String path = request.getPath() == null ? "" : request.getPath();
        String prefix = "/bot" + TOKEN + "/";
        String filePrefix = "/file/bot" + TOKEN + "/files/";
        if (path.startsWith(filePrefix) && files.containsKey(path.substring(filePrefix.length()))) {
            record(new Call("download", JSON.createObjectNode().put("file_id", path.substring(filePrefix.length())), 200));
            return new MockResponse().setBody(new okio.Buffer().write(files.get(path.substring(filePrefix.length()))));
        }
        if (!path.startsWith(prefix)) {
            record(new Call("unknown", JSON.createObjectNode().put("path", path), 404));
            return new MockResponse().setResponseCode(404).setBody("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        }
        String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
        String raw = request.getBody().readUtf8();
        if (method.equals("senddocument") || method.equals("sendphoto")) {
            // A multipart upload: kept as text, with the chat id read from its part.
            java.util.regex.Matcher chat = java.util.regex.Pattern.compile("name=\"chat_id\"[^\\n]*\\r?\\n(?:[^\\n]*\\r?\\n)*?\\r?\\n?(-?\\d+)")
                    .matcher(raw);
            String chatId = chat.find() ? chat.group(1) : "";
            record(new Call(method, JSON.createObjectNode().put("chat_id", chatId).put("_multipart", raw), 200));
            ObjectNode message = JSON.createObjectNode().put("message_id", messageIds.incrementAndGet()).put("date", 1_700_000_000);
            message.putObject("chat").put("id", chatId.isEmpty() ? 0 : Long.parseLong(chatId)).put("type", "private");
            return ok(message.toString());
        }
        JsonNode body = parse(raw);
        if (method.equals("getupdates")) {
            polls.incrementAndGet();
            String batch;
            synchronized (this) {
                batch = "[" + String.join(",", updates) + "]";
                updates.clear();
            }
            if (batch.equals("[]")) {
                Thread.sleep(30); // a short long poll: the client asks again soon, without spinning
            }
            return ok(batch);
        }
        if (down && method.equals("sendmessage")) {
            record(new Call(method, body, 502));
            return new MockResponse().setResponseCode(502).setBody("Bad Gateway");
        }
        Deque<MockResponse> planned = failures.get(method + " " + body.path("chat_id").asText());
        MockResponse failure = planned == null ? null : planned.poll();
        if (failure != null) {
            record(new Call(method, body, failure.getStatus().contains("429") ? 429 : 500));
            return failure;
        }
        String result = "true";
        if (method.equals("getfile")) {
            String fileId = body.path("file_id").asText();
            record(new Call(method, body, files.containsKey(fileId) ? 200 : 400));
            if (!files.containsKey(fileId)) {
                return new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/json")
                        .setBody("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: invalid file_id\"}");
            }
            return ok(JSON.createObjectNode().put("file_id", fileId).put("file_unique_id", "u-" + fileId)
                    .put("file_size", files.get(fileId).length).put("file_path", "files/" + fileId).toString());
        }
        if (method.equals("sendmessage")) {
            int id = messageIds.incrementAndGet();
            ObjectNode message = JSON.createObjectNode();
            message.put("message_id", id).put("date", 1_700_000_000);
            message.putObject("chat").put("id", Long.parseLong(body.path("chat_id").asText())).put("type", "private");
            message.put("text", body.path("text").asText());
            result = message.toString();
            record(new Call(method, ((ObjectNode) body).put("_message_id", id), 200));
            return ok(result);
        }
        record(new Call(method, body, 200));
        return ok(result);
    }

    private static MockResponse ok(String result) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"ok\":true,\"result\":" + result + "}");
    }

    private static JsonNode parse(String text) {
        try {
            return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode().put("_unparsed", text);
        }
    }

    private synchronized void record(Call call) {
        calls.add(call);
        notifyAll();
    }

    synchronized List<Call> calls(Predicate<Call> which) {
        return calls.stream().filter(which).toList();
    }

    /** Waits until at least {@code count} calls match, and returns them. */
    synchronized List<Call> await(Predicate<Call> which, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Call> matching = calls(which);
            if (matching.size() >= count) {
                return matching;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("waited " + timeout + " for " + count + " matching calls; the fake saw "
                        + calls.stream().map(c -> c.method() + " " + c.body()).toList());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    Call await(Predicate<Call> which) throws InterruptedException {
        List<Call> found = await(which, 1, Duration.ofSeconds(10));
        return found.get(found.size() - 1);
    }

    void close() throws IOException {
        server.shutdown();
    }
}
