package org.anxin.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Asks a running server whether it is healthy; for container health checks, where no curl is at hand. */
@Command(name = "health", description = "Exit 0 when the server at --url answers that it is up.", mixinStandardHelpOptions = true)
final class HealthCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "http://localhost:8080/actuator/health",
            description = "the health endpoint (default: ${DEFAULT-VALUE})")
    URI url;

    @Override
    public Integer call() {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            boolean up = response.statusCode() == 200 && response.body().contains("\"UP\"");
            System.out.println(up ? "up" : "down: HTTP " + response.statusCode());
            return up ? 0 : 1;
        } catch (Exception e) {
            System.out.println("down: " + e.getClass().getSimpleName());
            return 1;
        }
    }
}
