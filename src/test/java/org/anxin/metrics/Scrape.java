package org.anxin.metrics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxin.AnxinServer;

/** What Prometheus reads from {@code /actuator/prometheus}, as samples with their labels. */
public record Scrape(String text, List<Sample> samples) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)(?: \\S+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    public record Sample(String name, Map<String, String> labels, double value) {
    }

    /** Asks a test server for a scrape with the test token; fails unless it answers 200. */
    public static Scrape of(int port) throws Exception {
        HttpResponse<String> response = get(port, AnxinServer.METRICS_TOKEN);
        if (response.statusCode() != 200) {
            throw new AssertionError("the scrape answered " + response.statusCode());
        }
        return parse(response.body());
    }

    /** A scrape request with {@code token} as its bearer token, or with no Authorization header when null. */
    public static HttpResponse<String> get(int port, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static Scrape parse(String text) {
        List<Sample> samples = text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new AssertionError("not a Prometheus sample: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(2) != null) {
                Matcher label = LABEL.matcher(m.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            return new Sample(m.group(1), labels, Double.parseDouble(m.group(3)));
        }).toList();
        return new Scrape(text, samples);
    }

    /** The sum of the samples named {@code name} whose labels include {@code labels}; 0 when there is none. */
    public double value(String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Sample::value).sum();
    }

    /** Whether a sample of this name exists at all. */
    public boolean has(String name) {
        return samples.stream().anyMatch(s -> s.name().equals(name));
    }

    /** The samples of Anxin's own meters. */
    public List<Sample> anxin() {
        return samples.stream().filter(s -> s.name().startsWith("anxin_")).toList();
    }
}
