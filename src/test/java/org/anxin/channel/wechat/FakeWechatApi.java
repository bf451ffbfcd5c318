package org.anxin.channel.wechat;

import static org.assertj.core.api.Assertions.fail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * WeChat's API on loopback, for tests: hands out an access token, users' media and their languages, accepts
 * customer-service messages (or refuses them with a scripted error), menus and QR codes, and records every call.
 */
final class FakeWechatApi implements AutoCloseable {

    static final String CUSTOM_SEND = "/cgi-bin/message/custom/send";
    static final String USER_INFO = "/cgi-bin/user/info";
    static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";
    /** The bytes of every media file the fake hands out. */
    static final byte[] MEDIA = "fake jpeg bytes of a screenshot".getBytes(StandardCharsets.UTF_8);
    static final String WINDOW_CLOSED = "{\"errcode\":45015,\"errmsg\":\"response out of time limit or subscription is canceled\"}";

    record Call(String method, String path, String query, String body) {
    }

    private final HttpServer server;
    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final List<Call> history = new CopyOnWriteArrayList<>();
    /** The next customer-service message to this user containing this text fails, once. */
    record Failure(String user, String text) {
        boolean matches(String body) {
            return body.contains("\"" + user + "\"") && body.contains(text);
        }
    }

    /**
     * Customer-service messages to fail once as during an outage, each for one user: a sender loop's sweep may still
     * send another test's stuck answer with the same words meanwhile.
     */
    final Queue<Failure> failForOutage = new ConcurrentLinkedQueue<>();
    /** Users to whom every customer-service message fails as in an outage (45047), until removed. */
    final java.util.Set<String> outageFor = ConcurrentHashMap.newKeySet();
    /** The bodies of customer-service messages that were refused, to tell them from those delivered. */
    private final List<String> refused = new CopyOnWriteArrayList<>();
    /** The same, failing with 45015 (the user's 48-hour window has closed). */
    final Queue<Failure> refuseForClosedWindow = new ConcurrentLinkedQueue<>();
    static final String OUTAGE = "{\"errcode\":45047,\"errmsg\":\"out of response count limit\"}";
    /**
     * What {@code cgi-bin/user/info} answers for an OpenID: the language of a follower (zh_TW, en, ...), or
     * {@link #NOT_ALLOWED} for an account that may not read user info. Anyone else has not followed: no language.
     */
    final Map<String, String> languages = new ConcurrentHashMap<>();
    static final String NOT_ALLOWED = "{\"errcode\":48001,\"errmsg\":\"api unauthorized\"}";

    private FakeWechatApi() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeWechatApi start() {
        return new FakeWechatApi();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        Call call = new Call(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(), body);
        calls.add(call);
        history.add(call);
        if (path.equals("/cgi-bin/media/get")) {
            // A user's picture or voice message, as WeChat hands temporary media out.
            byte[] media = MEDIA;
            exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
            exchange.getResponseHeaders().add("Content-disposition", "attachment; filename=\"media.jpg\"");
            exchange.sendResponseHeaders(200, media.length);
            exchange.getResponseBody().write(media);
            exchange.close();
            return;
        }
        String answer = switch (path) {
            case "/cgi-bin/token" -> "{\"access_token\":\"fake-access-token\",\"expires_in\":7200}";
            case CUSTOM_SEND -> customerService(body);
            case "/cgi-bin/menu/create" -> OK;
            case USER_INFO -> userInfo(query(call, "openid"));
            case "/cgi-bin/media/upload" -> "{\"type\":\"image\",\"media_id\":\"fake-media-1\",\"created_at\":1700000000}";
            case "/cgi-bin/qrcode/create" ->
                    "{\"ticket\":\"gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xL2taZ2Z3TVRtNzJXV1Brb3ZhYmJJAAIEZ23sUwMEmm3sUw==\","
                            + "\"expire_seconds\":604800,\"url\":\"http://weixin.qq.com/q/kZgfwMTm72WWPkovabbI\"}";
            default -> "{\"errcode\":40001,\"errmsg\":\"unknown path\"}";
        };
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String userInfo(String openId) {
        String language = languages.get(openId);
        if (language == null) {
            return "{\"subscribe\":0,\"openid\":\"" + openId + "\"}";
        }
        return language.startsWith("{") ? language : "{\"subscribe\":1,\"openid\":\"" + openId
                + "\",\"language\":\"" + language + "\",\"subscribe_time\":1700000000,\"tagid_list\":[]}";
    }

    private static String query(Call call, String name) {
        return java.util.Arrays.stream(String.valueOf(call.query()).split("&")).filter(p -> p.startsWith(name + "="))
                .map(p -> p.substring(name.length() + 1)).findFirst().orElse("");
    }

    /** WeChat's answer to a customer-service message: refused as planned for its user, else ok. */
    private String customerService(String body) {
        String answer = refuseForClosedWindow.removeIf(failure -> failure.matches(body)) ? WINDOW_CLOSED
                : failForOutage.removeIf(failure -> failure.matches(body))
                        || outageFor.stream().anyMatch(user -> body.contains("\"" + user + "\"")) ? OUTAGE : OK;
        if (!answer.equals(OK)) {
            refused.add(body);
        }
        return answer;
    }

    /** Customer-service messages refused that mention all of these. */
    long refusedMentioning(String... mentions) {
        return refused.stream().filter(body -> java.util.Arrays.stream(mentions).allMatch(body::contains)).count();
    }

    /** Customer-service messages delivered (not refused) that mention all of these. */
    long deliveredMentioning(String... mentions) {
        return countMentioning(CUSTOM_SEND, mentions) - refusedMentioning(mentions);
    }

    /** How many calls to {@code path} mentioning every one of {@code mentions} there were so far, however answered. */
    long countMentioning(String path, String... mentions) {
        return history.stream().filter(c -> c.path().equals(path) && java.util.Arrays.stream(mentions).allMatch(c.body()::contains))
                .count();
    }

    /** How many calls to {@code path} there were with {@code name=value} in the query, so far. */
    long count(String path, String name, String value) {
        return history.stream().filter(c -> c.path().equals(path) && query(c, name).equals(value)).count();
    }

    /** The next call to {@code path} whose body mentions every one of {@code mentions}, waiting up to 10 seconds; others are skipped. */
    Call next(String path, String... mentions) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            Call call = calls.poll(left, TimeUnit.NANOSECONDS);
            if (call != null && call.path().equals(path) && java.util.Arrays.stream(mentions).allMatch(call.body()::contains)) {
                return call;
            }
        }
        return fail("no call to " + path + " mentioning " + java.util.Arrays.toString(mentions) + " within 10 seconds");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
