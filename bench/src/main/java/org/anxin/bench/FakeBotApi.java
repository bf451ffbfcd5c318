package org.anxin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Telegram Bot API on loopback that answers every call at once, as the real one would (a message for the
 * send methods, {@code true} for the rest), and tells a {@link Listener} of each call with the chat it was for and
 * the moment it arrived, taken before anything else is done with the request. Requests arrive as
 * {@code POST /bot<token>/<method>}, the method's case depending on the client (telegrambots lower-cases most).
 * The JDK's own HTTP server is enough here: a few thousand small calls a second, no dependency.
 */
final class FakeBotApi implements AutoCloseable {

    static final String TOKEN = "123456:BENCH-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The chat id in a multipart upload (sendPhoto, sendDocument): the value after the part's blank line. */
    private static final Pattern MULTIPART_CHAT = Pattern.compile("name=\"chat_id\"\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n(-?\\d+)");

    /** Told of every call, on the server's threads. {@code body} is null for uploads. */
    interface Listener {
        void call(String method, long chatId, long arrivedNanos, JsonNode body, int messageId);
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicInteger messageIds = new AtomicInteger(1000);
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private volatile Listener listener = (method, chat, at, body, id) -> { };

    static {
        // Without it the JDK's server writes headers and body in two packets and the client's delayed ACK makes every
        // call wait about 40 ms (Nagle's algorithm): the fake would be slower than Telegram. Read once, at first use.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        threads = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "fake-bot-api");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void listen(Listener listener) {
        this.listener = listener;
    }

    /** Calls received so far, by method (lower case). */
    Map<String, Long> counts() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((method, n) -> copy.put(method, n.sum()));
        return copy;
    }

    void resetCounts() {
        counts.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] raw = in.readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + TOKEN + "/";
            if (!path.startsWith(prefix)) {
                respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            counts.computeIfAbsent(method, m -> new LongAdder()).increment();
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            JsonNode body = null;
            long chatId;
            if (type != null && type.startsWith("multipart/")) {
                Matcher chat = MULTIPART_CHAT.matcher(new String(raw, StandardCharsets.ISO_8859_1));
                chatId = chat.find() ? Long.parseLong(chat.group(1)) : 0;
            } else if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
                chatId = formChat(new String(raw, StandardCharsets.UTF_8));
            } else {
                body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
                chatId = body.path("chat_id").asLong(0);
            }
            String result = "true";
            int messageId = 0;
            switch (method) {
                case "sendmessage", "sendphoto", "senddocument" -> {
                    messageId = messageIds.incrementAndGet();
                    ObjectNode message = JSON.createObjectNode().put("message_id", messageId)
                            .put("date", System.currentTimeMillis() / 1000);
                    message.putObject("chat").put("id", chatId).put("type", "private");
                    result = message.toString();
                }
                case "getme" -> result = "{\"id\":123456,\"is_bot\":true,\"first_name\":\"Bench\",\"username\":\"AnxinBenchBot\"}";
                default -> { }
            }
            listener.call(method, chatId, arrived, body, messageId);
            respond(exchange, 200, "{\"ok\":true,\"result\":" + result + "}");
        }
    }

    private static long formChat(String form) {
        for (String pair : form.split("&")) {
            if (pair.startsWith("chat_id=")) {
                try {
                    return Long.parseLong(pair.substring(8));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
