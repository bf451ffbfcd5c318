package org.anxin.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anxin.AnxinApplication;
import org.anxin.understanding.ModelUnderstanding;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The training run of the image's ahead-of-time cache (see the Dockerfile): the whole server, on a free loopback port
 * and a data folder thrown away afterwards, has one conversation through its own web chat, from the consent notice
 * through a typed sentence the language model reads to the repayment plan and its chart. The JVM records the classes
 * and methods that took, so the image's first real conversation does not wait for them. No channel is connected and
 * the embedded store is used even where the environment configures others; run it in a clean environment, as the
 * image's build does. The examples' vectors the model made can be kept ({@code --vectors}) for the image to ship.
 */
@Command(name = "warm-up", mixinStandardHelpOptions = true,
        description = "Start the server on a throwaway data folder, hold one conversation with it, and stop: the training run for the image's AOT cache.")
final class WarmUpCommand implements Callable<Integer> {

    /**
     * Typed as a user types them, a number choosing the option it names: agree to the notice, ask for help in a
     * sentence (read by the model, which asks back), choose the negotiation, say what is owed and what can be paid.
     */
    static final List<String> CONVERSATION = List.of("1", "我想和放贷方商量一下分期还款", "1", "3万5", "1500");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration MODEL_LOAD = Duration.ofMinutes(5);

    @Option(names = "--vectors", description = "where to keep the examples' vectors (anxin.understanding.shipped-vectors)")
    Path vectors;

    @Override
    public Integer call() throws Exception {
        Path data = Files.createTempDirectory("anxin-warm-up");
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(AnxinApplication.class).run(
                "--server.address=127.0.0.1", "--server.port=0", "--anxin.data-dir=" + data, "--anxin.store.url=",
                "--anxin.telegram.token=", "--anxin.wechat.app-id=")) {
            ModelUnderstanding model = server.getBean(ModelUnderstanding.class);
            model.awaitReady();
            if (!model.ready()) {
                System.err.println("warm-up: the language model " + (model.failed() ? "could not be loaded" : "was not ready in time")
                        + "; a cache trained without it would miss its classes");
                return 1;
            }
            int port = ((WebServerApplicationContext) server).getWebServer().getPort();
            String problem = converse(URI.create("http://127.0.0.1:" + port));
            if (problem != null) {
                System.err.println("warm-up: " + problem);
                return 1;
            }
            if (vectors != null) {
                Path file = vectors.toAbsolutePath();
                if (!model.keepExampleVectors(file)) {
                    System.err.println("warm-up: the examples' vectors could not be written to " + file);
                    return 1;
                }
                // The server's own user reads them in the image; what a data folder keeps is private to its maker.
                if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
                }
                System.out.println("warm-up: the examples' vectors are in " + file);
            }
            return 0;
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    /** The conversation over HTTP, as the web page holds it; what went wrong, or null when it reached the chart. */
    static String converse(URI server) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI conversations = server.resolve("/api/web/conversations");
        String id = post(http, conversations, "{}").path("id").asString();
        post(http, URI.create(conversations + "/" + id + "/open"), "{\"locale\":\"zh-CN\"}");
        JsonNode turn = null;
        for (int i = 0; i < CONVERSATION.size(); i++) {
            String body = JSON.writeValueAsString(Map.of("messageId", "warm-up-message-" + i, "text", CONVERSATION.get(i)));
            turn = post(http, URI.create(conversations + "/" + id + "/messages"), body);
        }
        String chart = null;
        for (JsonNode reply : turn.path("replies")) {
            chart = reply.hasNonNull("image") ? reply.get("image").asString() : chart;
        }
        if (chart == null) {
            return "the conversation did not reach the repayment plan's chart (at " + turn.path("position").asString()
                    + "); have the dialogs changed? See WarmUpCommand.CONVERSATION";
        }
        HttpResponse<byte[]> picture = http.send(HttpRequest.newBuilder(server.resolve(chart)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return picture.statusCode() == 200 ? null : "the plan's chart was not served: HTTP " + picture.statusCode();
    }

    private static JsonNode post(HttpClient http, URI uri, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(MODEL_LOAD)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("POST " + uri.getPath() + " answered HTTP " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }
}
