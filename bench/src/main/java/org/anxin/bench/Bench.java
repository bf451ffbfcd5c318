package org.anxin.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The whole benchmark, as {@code bench/run.sh} runs it: a fake Bot API, then for each target (Anxin on SQLite and on
 * PostgreSQL, the bare ceiling endpoint, the grammY peer) a process started fresh, driven by {@link Driver}, measured
 * (CPU, memory) and stopped; then Anxin's cold start and two commands' wall time; then a table on standard output,
 * the same table with the machine's load appended to {@code docs/performance.md}, and the flight recording's
 * report. Every process it starts it stops, also when it fails.
 */
public final class Bench {

    private static final String SECRET = "bench-secret_1";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    record Options(List<String> stores, int rounds, int roundSeconds, int warmupSeconds, int chats, int connections,
            Set<String> parts, int coldRuns, boolean jfr, boolean record, boolean twoNodes, boolean image, List<String> jvm,
            Path root, Path jar, Path java25, String argsLine) {
    }

    /**
     * How Anxin is started: {@code java} and its flags, and the jar; {@code prefix} starts the names of its logs and
     * folders. The load runs start the build's jar as it is (with {@code --image}, as the image does); cold starts are
     * measured that way and, when a Java 25 is at hand, as the container image starts it (the jar extracted, the
     * ahead-of-time cache and the examples' vectors of its training run).
     */
    record Launch(String label, String prefix, List<String> java, Path jar) {
    }

    /** What the cold starts and the commands measured with one launch. */
    record Cold(Launch launch, List<double[]> starts, Map<String, List<Double>> commands) {
    }

    /** One process to drive. */
    record Target(String name, List<String> command, Map<String, String> env, boolean awaitAnswers, Path jfr, String health) {
    }

    /** What one target measured. */
    record Row(Target target, Driver.Report report, double cpuMillisPerTurn, long rssKib, long peakKib,
            double loadBefore, double loadAfter, double secondsToReady, Map<String, Long> calls) {
    }

    private final Options options;
    private final Path out;
    private final FakeBotApi api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> running = new ArrayList<>();
    private long chatBase = 1_000_000_000L;
    private Launch image;
    private double loadAtStart;

    private Bench(Options options, Path out, FakeBotApi api) {
        this.options = options;
        this.out = out;
        this.api = api;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path out = options.root().resolve("bench/out").resolve(STAMP.format(Instant.now()));
        Files.createDirectories(out);
        String uptimeBefore = uptime();
        Instant started = Instant.now();
        try (FakeBotApi api = new FakeBotApi()) {
            Bench bench = new Bench(options, out, api);
            Runtime.getRuntime().addShutdownHook(new Thread(bench::stopAll));
            bench.run(started, uptimeBefore);
        }
    }

    private void run(Instant started, String uptimeBefore) throws Exception {
        System.out.printf("bench: %s, output in %s%n", options, out);
        loadAtStart = loadAverage();
        List<Row> rows = new ArrayList<>();
        List<String> jfrReports = new ArrayList<>();
        if (options.parts().contains("anxin")) {
            Launch launch = options.image() ? imageLaunch() : plainLaunch();
            for (String store : options.stores()) {
                String database = store.equals("postgres") ? createDatabase() : null;
                try {
                    Map<String, String> secrets = database == null ? Map.of() : sharedStoreSecrets();
                    // No flight recording with --image: its module makes the JVM refuse the AOT cache.
                    Row row = load(List.of(anxin(launch, store, database, secrets, options.jfr() && !options.image(),
                            "anxin-" + store)));
                    rows.add(row);
                    if (row.target().jfr() != null && Files.exists(row.target().jfr())) {
                        String report = JfrReport.report(row.target().jfr(), row.report().timedStart(), row.report().timedEnd());
                        Files.writeString(out.resolve("jfr-anxin-" + store + ".md"), report);
                        jfrReports.add("JFR, Anxin on " + store + ", timed rounds only (" + row.target().jfr().getFileName()
                                + ")\n\n" + report);
                    }
                    if (database != null && options.twoNodes()) {
                        // Two nodes on the same database, sharing its secrets as every node must; the driver posts to
                        // them in turn, as a load balancer without sticky sessions would. No recording: two at once.
                        rows.add(load(List.of(anxin(launch, store, database, secrets, false, "anxin-postgres-node1"),
                                anxin(launch, store, database, secrets, false, "anxin-postgres-node2"))));
                    }
                } finally {
                    if (database != null) {
                        dropDatabase(database);
                    }
                }
            }
        }
        if (options.parts().contains("ceiling")) {
            rows.add(load(List.of(ceiling())));
        }
        if (options.parts().contains("peer")) {
            rows.add(load(List.of(peer())));
        }
        List<Cold> cold = new ArrayList<>();
        if (options.parts().contains("cold")) {
            List<Launch> launches = new ArrayList<>(List.of(plainLaunch()));
            if (options.java25() != null) {
                try {
                    launches.add(imageLaunch());
                } catch (Exception e) {
                    // The load runs' figures are kept: the table is still printed and recorded without this launch.
                    System.out.println("   the image's launch could not be prepared, so it is not measured: " + e.getMessage());
                }
            } else {
                System.out.println("   no Java 25 (--java25): the cold start as the image starts it is not measured");
            }
            for (Launch launch : launches) {
                cold.add(cold(launch));
            }
        }
        String entry = entry(started, uptimeBefore, uptime(), rows, cold, jfrReports);
        System.out.println();
        System.out.println(entry);
        Files.writeString(out.resolve("result.md"), entry);
        if (options.record()) {
            Path doc = options.root().resolve("docs/performance.md");
            Files.writeString(doc, "\n" + entry, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.out.println("appended to " + doc);
        }
    }

    // --- targets -----------------------------------------------------------------------------------------------

    /** The secrets a shared store requires of every node; fresh ones per run. */
    private static Map<String, String> sharedStoreSecrets() {
        return Map.of("ANXIN_LETTERS_LINK_SECRET", randomBase64(32), "ANXIN_PRIVACY_KEYS_K1", randomBase64(32));
    }

    private Target anxin(Launch launch, String store, String database, Map<String, String> secrets, boolean jfr, String name)
            throws IOException {
        Path dir = Files.createDirectories(out.resolve(name));
        List<String> command = new ArrayList<>(launch.java());
        Path recording = null;
        if (jfr) {
            recording = dir.resolve(name + ".jfr");
            command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recording);
        }
        // The memory settings the Dockerfile starts the server with, then any of --jvm (later flags win).
        command.add("-Xmx256m");
        command.addAll(options.jvm());
        command.addAll(List.of("-jar", launch.jar().toString()));
        int port = freePort();
        Map<String, String> env = new HashMap<>();
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("PORT", Integer.toString(port));
        env.put("ANXIN_DATA_DIR", dir.resolve("data").toString());
        env.put("ANXIN_DIALOGS_DIR", options.root().resolve("dialogs").toString());
        env.put("ANXIN_TELEGRAM_TOKEN", FakeBotApi.TOKEN);
        env.put("ANXIN_TELEGRAM_API_URL", api.url());
        env.put("ANXIN_TELEGRAM_MODE", "webhook");
        env.put("ANXIN_TELEGRAM_WEBHOOK_SECRET", SECRET);
        env.put("ANXIN_TELEGRAM_WEBHOOK_URL", "http://127.0.0.1:" + port + "/telegram/webhook");
        env.put("ANXIN_TELEGRAM_USERNAME", "AnxinBenchBot");
        if (database != null) {
            env.put("ANXIN_STORE_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
            env.put("ANXIN_STORE_USERNAME", "postgres");
            env.put("ANXIN_STORE_PASSWORD", "");
            env.putAll(secrets);
        }
        return new Target(name, command, env, true, recording, "/actuator/health");
    }

    private static String randomBase64(int bytes) {
        byte[] random = new byte[bytes];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.Base64.getEncoder().encodeToString(random);
    }

    private Target ceiling() {
        int port = freePort();
        List<String> command = List.of("java", "-cp", System.getProperty("java.class.path"),
                "org.anxin.bench.ceiling.CeilingApp", "--server.port=" + port, "--spring.main.banner-mode=off");
        return new Target("ceiling", command, Map.of("PORT", Integer.toString(port), "WEBHOOK_SECRET", SECRET), false, null, null);
    }

    private Target peer() throws IOException {
        Path dir = Files.createDirectories(out.resolve("peer"));
        int port = freePort();
        Map<String, String> env = Map.of("PORT", Integer.toString(port), "BOT_TOKEN", FakeBotApi.TOKEN, "API_ROOT", api.url(),
                "WEBHOOK_SECRET", SECRET, "DB_PATH", dir.resolve("peer.db").toString());
        return new Target("peer", List.of("node", options.root().resolve("bench/peer/bot.js").toString()), env, true, null, null);
    }

    private static int port(Target target) {
        return Integer.parseInt(target.env().get("PORT"));
    }

    // --- one load run ------------------------------------------------------------------------------------------

    /**
     * One load run against one process, or several nodes of one bot that the driver posts to in turn. For several
     * nodes the row is named after the first without its last part ({@code anxin-postgres-node1} gives
     * {@code anxin-postgres-2nodes}), and its CPU and memory are the sums over them.
     */
    private Row load(List<Target> nodes) throws Exception {
        Target first = nodes.get(0);
        Target target = nodes.size() == 1 ? first : new Target(first.name().replaceAll("-[^-]+$", "") + "-" + nodes.size()
                + "nodes", first.command(), first.env(), first.awaitAnswers(), null, first.health());
        System.out.printf("%n== %s: starting%n", target.name());
        api.resetCounts();
        long t0 = System.nanoTime();
        List<Process> processes = new ArrayList<>();
        try {
            List<URI> webhooks = new ArrayList<>();
            for (Target node : nodes) {
                Process process = start(node, out.resolve(node.name() + ".log"));
                processes.add(process);
                URI webhook = URI.create("http://127.0.0.1:" + port(node) + "/telegram/webhook");
                awaitReady(process, webhook, Duration.ofMinutes(4), node);
                webhooks.add(webhook);
            }
            // Anxin serves before its language model has read its examples; the load starts once it says it is up.
            for (int n = 0; n < nodes.size(); n++) {
                awaitHealthy(processes.get(n), nodes.get(n), Duration.ofMinutes(5));
            }
            double ready = (System.nanoTime() - t0) / 1e9;
            System.out.printf("   ready after %.1f s; warm-up %d s, %d rounds of %d s, %d chats, %d connections%n", ready,
                    options.warmupSeconds(), options.rounds(), options.roundSeconds(), options.chats(), options.connections());
            chatBase += 10_000_000L;
            Driver driver = new Driver(new Driver.Settings(webhooks, SECRET, options.chats(), chatBase, options.connections(),
                    Duration.ofSeconds(options.warmupSeconds()), Duration.ofSeconds(options.roundSeconds()), options.rounds(),
                    target.awaitAnswers(), Duration.ofSeconds(15)), api);
            double loadBefore = loadAverage();
            // CPU is counted over the timed rounds only: a thread reads it when the warm-up ends.
            long[] cpuAtTimedStart = new long[1];
            Thread sampler = new Thread(() -> {
                try {
                    Thread.sleep(options.warmupSeconds() * 1000L);
                    cpuAtTimedStart[0] = cpuNanos(processes);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            Driver.Report report = driver.run();
            long cpuEnd = cpuNanos(processes);
            sampler.join();
            long cpuStart = cpuAtTimedStart[0];
            double loadAfter = loadAverage();
            long rss = 0;
            long peak = 0;
            for (Process process : processes) {
                long[] memory = memory(process.pid());
                rss += memory[0];
                peak += memory[1];
            }
            double turns = report.all().ok.sum();
            Row row = new Row(target, report, turns == 0 ? Double.NaN : (cpuEnd - cpuStart) / 1e6 / turns, rss, peak,
                    loadBefore, loadAfter, ready, api.counts());
            System.out.printf("   %s%n   Bot API calls: %s%n", line(row), row.calls());
            return row;
        } finally {
            for (Process process : processes) {
                stop(process);
            }
        }
    }

    private static long cpuNanos(List<Process> processes) {
        return processes.stream().mapToLong(Bench::cpuNanos).sum();
    }

    private Process start(Target target, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(target.command()).directory(options.root().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(target.env());
        Process process = builder.start();
        synchronized (running) {
            running.add(process);
        }
        return process;
    }

    /** Ready when the webhook answers a call with a wrong secret with 401: serving, and nothing stored by asking. */
    private void awaitReady(Process process, URI webhook, Duration limit, Target target) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(target.name() + " stopped while starting; see its log in " + out);
            }
            if (post(webhook, "{}", "wrong-secret") == 401) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(target.name() + " did not start within " + limit + "; see its log in " + out);
    }

    /** Waits until the target's health endpoint answers 200 (Spring's UP), when it has one. */
    private void awaitHealthy(Process process, Target target, Duration limit) throws Exception {
        if (target.health() == null) {
            return;
        }
        URI health = URI.create("http://127.0.0.1:" + port(target) + target.health());
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end && process.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not serving yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(target.name() + " did not report itself up within " + limit + "; see " + out);
    }

    private int post(URI webhook, String body, String secret) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .header("X-Telegram-Bot-Api-Secret-Token", secret).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        synchronized (running) {
            running.remove(process);
        }
    }

    private void stopAll() {
        List<Process> left;
        synchronized (running) {
            left = new ArrayList<>(running);
        }
        for (Process process : left) {
            process.destroyForcibly();
        }
    }

    // --- cold start and commands -------------------------------------------------------------------------------

    /** The build's jar as it is, on the Java that runs the harness. */
    private Launch plainLaunch() {
        return new Launch("`java -jar target/anxin.jar`, Java " + Runtime.version().feature(), "", List.of("java"),
                options.jar());
    }

    /**
     * The jar as the Dockerfile starts it: extracted, with the ahead-of-time cache that its training run
     * ({@code warm-up}: one conversation through the web chat, on a data folder thrown away) wrote, and the examples'
     * vectors that run kept, on Java 25.
     */
    private Launch imageLaunch() throws Exception {
        if (this.image != null) {
            return this.image;
        }
        Path image = Files.createDirectories(out.resolve("image"));
        String java = options.java25().toString();
        run(List.of(java, "-Djarmode=tools", "-jar", options.jar().toString(), "extract", "--destination",
                image.resolve("extracted").toString()), image.resolve("extract.log"), Map.of());
        Path jar = image.resolve("extracted/anxin.jar");
        Path cache = image.resolve("anxin.aot");
        Path vectors = image.resolve("example-vectors.bin");
        run(List.of(java, "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "-XX:AOTCacheOutput=" + cache,
                "-jar", jar.toString(), "warm-up", "--vectors", vectors.toString()), image.resolve("training.log"),
                Map.of("ANXIN_DIALOGS_DIR", options.root().resolve("dialogs").toString(), "MALLOC_ARENA_MAX", "2"));
        this.image = new Launch("as the image starts it (extracted, AOT cache, shipped vectors), Java 25", "image-",
                List.of(java, "-XX:AOTCache=" + cache, "--enable-native-access=ALL-UNNAMED",
                        "-Danxin.understanding.shipped-vectors=" + vectors), jar);
        return this.image;
    }

    private void run(List<String> command, Path log, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(options.root().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " took over 5 minutes; see " + log);
        }
        int exit = process.exitValue();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + "; see " + log);
        }
    }

    private Cold cold(Launch launch) throws Exception {
        System.out.printf("-- cold start, %s%n", launch.label());
        List<double[]> starts = new ArrayList<>();
        for (int i = 1; i <= options.coldRuns(); i++) {
            starts.add(coldStart(launch, i));
        }
        Map<String, List<Double>> commands = new java.util.LinkedHashMap<>();
        commands.put("counselor list", command(launch, List.of("counselor", "list")));
        commands.put("dialogs check", command(launch, List.of("dialogs", "check", "--dir", options.root().resolve("dialogs").toString())));
        return new Cold(launch, starts, commands);
    }

    /** Anxin started on an empty data folder until the first answer to an update: {seconds to 200, to answer, to up}. */
    private double[] coldStart(Launch launch, int run) throws Exception {
        Target target = anxin(launch, "sqlite", null, Map.of(), false, "cold-" + launch.prefix() + run);
        long chat = 42_000_000L + run;
        CountDownLatch answered = new CountDownLatch(1);
        long[] answeredAt = new long[1];
        api.listen((method, chatId, at, body, messageId) -> {
            if (chatId == chat && method.equals("sendmessage") && answered.getCount() > 0) {
                answeredAt[0] = at;
                answered.countDown();
            }
        });
        URI webhook = URI.create("http://127.0.0.1:" + port(target) + "/telegram/webhook");
        String update = Driver.text(chat, 900_000 + run, 1, "/start");
        long t0 = System.nanoTime();
        Process process = start(target, out.resolve(target.name() + ".log"));
        try {
            long deadline = t0 + TimeUnit.MINUTES.toNanos(4);
            int status = -1;
            while (status != 200 && System.nanoTime() < deadline && process.isAlive()) {
                status = post(webhook, update, SECRET);
                if (status != 200) {
                    Thread.sleep(50);
                }
            }
            double acked = (System.nanoTime() - t0) / 1e9;
            if (status != 200 || !answered.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("cold start " + run + " got no answer; see " + out.resolve(target.name() + ".log"));
            }
            double answer = (answeredAt[0] - t0) / 1e9;
            awaitHealthy(process, target, Duration.ofMinutes(5));
            double healthy = (System.nanoTime() - t0) / 1e9;
            System.out.printf("   cold start %d: webhook took the update after %.1f s, first answer after %.1f s, up (language"
                    + " model ready) after %.1f s%n", run, acked, answer, healthy);
            return new double[] {acked, answer, healthy};
        } finally {
            stop(process);
        }
    }

    /** Wall time of {@code java -jar anxin.jar ARGS}, as often as the cold runs. */
    private List<Double> command(Launch launch, List<String> args) throws Exception {
        // A data folder per launch: the first command of each makes its store, as a first command on a machine would.
        Path data = Files.createDirectories(out.resolve("commands/" + launch.prefix() + "data"));
        List<Double> times = new ArrayList<>();
        for (int i = 1; i <= options.coldRuns(); i++) {
            List<String> command = new ArrayList<>(launch.java());
            command.addAll(List.of("-jar", launch.jar().toString()));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).directory(options.root().toFile()).redirectErrorStream(true)
                    .redirectOutput(out.resolve("commands/" + launch.prefix() + String.join("-", args.subList(0, 2)) + "-" + i + ".log").toFile());
            builder.environment().put("ANXIN_DATA_DIR", data.toString());
            builder.environment().put("ANXIN_DIALOGS_DIR", options.root().resolve("dialogs").toString());
            long t0 = System.nanoTime();
            Process process = builder.start();
            int exit = process.waitFor();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("   %s: %.1f s (exit %d)%n", String.join(" ", args.subList(0, 2)), seconds, exit);
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", args) + " exited with " + exit);
            }
            times.add(seconds);
        }
        return times;
    }

    // --- PostgreSQL --------------------------------------------------------------------------------------------

    private static Connection postgres() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
    }

    private static String createDatabase() throws SQLException {
        String name = "anxin_bench_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection c = postgres()) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        return name;
    }

    private static void dropDatabase(String name) {
        try (Connection c = postgres()) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop database " + name + ": " + e.getMessage());
        }
    }

    // --- the machine -------------------------------------------------------------------------------------------

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long cpuNanos(Process process) {
        return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** VmRSS and VmHWM (peak) of a process, in KiB. */
    private static long[] memory(long pid) throws IOException {
        long rss = 0;
        long peak = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("VmHWM:")) {
                peak = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return new long[] {rss, peak};
    }

    private static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    private static String uptime() {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return text.replaceAll("\\s+", " ");
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    private static String version(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return text.lines().findFirst().orElse("?");
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    // --- the table ---------------------------------------------------------------------------------------------

    private static String label(Row row) {
        String name = row.target().name();
        if (name.startsWith("anxin-")) {
            return "Anxin" + (name.startsWith("anxin-") && row.target().command().stream().anyMatch(a -> a.startsWith("-XX:AOTCache="))
                    ? " (image)" : "") + ", " + (name.endsWith("sqlite") ? "SQLite" : name.endsWith("nodes")
                    ? "PostgreSQL, " + name.replaceAll("\\D", "") + " nodes" : "PostgreSQL");
        }
        return name.equals("ceiling") ? "ceiling: bare webhook on Spring MVC" : "peer: grammY + better-sqlite3";
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "–" : value >= 100 ? String.format("%.0f", value) : String.format("%.1f", value);
    }

    private static String line(Row row) {
        Driver.Report r = row.report();
        return String.format("%s: %.0f updates/s, ack p50 %s p99 %s ms, answer p50 %s p99 %s ms, CPU %.2f ms/turn, RSS %d MiB",
                row.target().name(), r.all().perSecond(), ms(r.all().ack.percentileMillis(50)), ms(r.all().ack.percentileMillis(99)),
                ms(r.all().firstPart.percentileMillis(50)), ms(r.all().firstPart.percentileMillis(99)), row.cpuMillisPerTurn(),
                row.rssKib() / 1024);
    }

    private String entry(Instant started, String uptimeBefore, String uptimeAfter, List<Row> rows, List<Cold> colds,
            List<String> jfrReports) {
        StringBuilder s = new StringBuilder();
        double loadLow = rows.stream().mapToDouble(r -> Math.min(r.loadBefore(), r.loadAfter())).min().orElse(loadAtStart);
        double loadHigh = rows.stream().mapToDouble(r -> Math.max(r.loadBefore(), r.loadAfter())).max().orElse(loadAtStart);
        s.append(String.format("### %s · commit %s · %d CPUs · load %.1f to %.1f%n%n", WHEN.format(started),
                version("git", "rev-parse", "--short", "HEAD"), Runtime.getRuntime().availableProcessors(), loadLow, loadHigh));
        s.append(String.format("`bench/run.sh %s` · %d chats, %d connections, warm-up %d s, %d rounds of %d s · %s · Node %s · "
                + "JFR (profile) %s for Anxin%n%n", options.argsLine(), options.chats(), options.connections(),
                options.warmupSeconds(), options.rounds(), options.roundSeconds(), System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version"), version("node", "--version"),
                options.image() ? "off (with --image it would make the JVM refuse the AOT cache)" : options.jfr() ? "on" : "off"));
        s.append("`uptime` before: `").append(uptimeBefore).append("`; after: `").append(uptimeAfter).append("`\n\n");
        if (!rows.isEmpty()) {
            s.append("| target | updates/s | per round | messages out/s | ack p50 / p99 ms | answer p50 / p95 / p99 ms | whole answer p50 / p99 ms"
                    + " | CPU ms per update | RSS after (peak) MiB | load 1 min | not 200 / unanswered |\n");
            s.append("|---|---:|---|---:|---|---|---|---:|---|---|---|\n");
            for (Row row : rows) {
                Driver.Report r = row.report();
                Driver.Round all = r.all();
                String rounds = r.rounds().stream().map(x -> String.format("%.0f", x.perSecond())).collect(Collectors.joining(" / "));
                boolean answers = row.target().awaitAnswers();
                s.append(String.format("| %s | **%.0f** | %s | %s | %s / %s | %s | %s | %.2f | %d (%d) | %.1f → %.1f | %d / %d |%n",
                        label(row), all.perSecond(), rounds, answers ? String.format("%.0f", all.sent.sum() / all.seconds) : "–",
                        ms(all.ack.percentileMillis(50)), ms(all.ack.percentileMillis(99)),
                        answers ? ms(all.firstPart.percentileMillis(50)) + " / " + ms(all.firstPart.percentileMillis(95)) + " / "
                                + ms(all.firstPart.percentileMillis(99)) : "–",
                        answers ? ms(all.complete.percentileMillis(50)) + " / " + ms(all.complete.percentileMillis(99)) : "–",
                        row.cpuMillisPerTurn(), row.rssKib() / 1024, row.peakKib() / 1024, row.loadBefore(), row.loadAfter(),
                        r.refused() + r.failed(), r.unanswered() + r.mismatched()));
            }
            s.append('\n');
            for (Row row : rows) {
                Driver.Round all = row.report().all();
                s.append("- ").append(label(row)).append(String.format(": ready %.1f s after start%s", row.secondsToReady(),
                        row.target().health() != null ? " (health UP)" : ""));
                if (row.target().awaitAnswers()) {
                    s.append(String.format("; updates posted in the rounds: %d first /start, %d typed, %d button presses",
                            all.starts.sum(), all.typed.sum(), all.presses.sum()));
                }
                s.append("; Bot API calls in the whole run: ").append(row.calls().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
            }
            s.append('\n');
        }
        for (Cold each : colds) {
            List<double[]> cold = each.starts();
            s.append("Cold start, ").append(each.launch().label()).append(", Anxin on SQLite from an empty data folder (")
                    .append(cold.size()).append(" runs): first answer ")
                    .append(cold.stream().map(c -> String.format("%.1f", c[1])).collect(Collectors.joining(" / ")))
                    .append(" s after the start (the webhook took the update at ")
                    .append(cold.stream().map(c -> String.format("%.1f", c[0])).collect(Collectors.joining(" / ")))
                    .append(" s); up, with the language model ready (`/actuator/health` 200), at ")
                    .append(cold.stream().map(c -> String.format("%.1f", c[2])).collect(Collectors.joining(" / "))).append(" s.");
            for (Map.Entry<String, List<Double>> command : each.commands().entrySet()) {
                s.append(" `").append(command.getKey()).append("`: ")
                        .append(command.getValue().stream().map(t -> String.format("%.1f", t)).collect(Collectors.joining(" / ")))
                        .append(" s.");
            }
            s.append("\n\n");
        }
        for (String report : jfrReports) {
            String title = report.lines().findFirst().orElse("JFR");
            s.append("<details><summary>").append(title).append("</summary>\n\n")
                    .append(report.substring(title.length()).strip()).append("\n\n</details>\n\n");
        }
        return s.toString();
    }

    // --- options -----------------------------------------------------------------------------------------------

    private static final Set<String> KNOWN = Set.of("--jvm", "--store", "--rounds", "--round-seconds", "--warmup-seconds", "--chats",
            "--connections", "--only", "--cold-runs", "--root", "--jar", "--java25");

    private static Options parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--no-jfr") || arg.equals("--no-record") || arg.equals("--two-nodes") || arg.equals("--image")) {
                flags.add(arg);
            } else if (KNOWN.contains(arg) && i + 1 < args.length) {
                given.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + arg + "; see bench/run.sh --help");
            }
        }
        String store = given.getOrDefault("store", "sqlite");
        List<String> stores = switch (store) {
            case "sqlite" -> List.of("sqlite");
            case "postgres" -> List.of("postgres");
            case "both" -> List.of("sqlite", "postgres");
            default -> throw new IllegalArgumentException("--store is sqlite, postgres or both, not " + store);
        };
        Set<String> parts = new LinkedHashSet<>(List.of(given.getOrDefault("only", "anxin,ceiling,peer,cold").split(",")));
        for (String part : parts) {
            if (!Set.of("anxin", "ceiling", "peer", "cold").contains(part)) {
                throw new IllegalArgumentException("--only takes anxin, ceiling, peer and cold, not " + part);
            }
        }
        Path root = Path.of(given.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path java25 = java25(given.get("java25"));
        if (flags.contains("--image") && java25 == null) {
            throw new IllegalArgumentException("--image needs a Java 25 (--java25)");
        }
        return new Options(stores, positive(given, "rounds", 3), positive(given, "round-seconds", 20),
                positive(given, "warmup-seconds", 20), positive(given, "chats", 10_000), positive(given, "connections", 40),
                parts, positive(given, "cold-runs", 3), !flags.contains("--no-jfr"), !flags.contains("--no-record"),
                flags.contains("--two-nodes"), flags.contains("--image"),
                given.containsKey("jvm") ? List.of(given.get("jvm").strip().split("\\s+")) : List.of(), root,
                root.resolve(given.getOrDefault("jar", "target/anxin.jar")), java25,
                String.join(" ", args).replaceAll("--root \\S+ ?", "").strip());
    }

    /**
     * The Java 25 (or later: the image's AOT cache flags need it) for the image's cold start: --java25, else Temurin's
     * where Debian's JDKs are, else none.
     */
    private static Path java25(String given) {
        Path java = Path.of(given != null ? given : "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
        if (!Files.isExecutable(java)) {
            if (given != null) {
                throw new IllegalArgumentException("--java25 " + given + " is not an executable java");
            }
            return null;
        }
        int feature = featureVersion(java);
        if (feature < 25) {
            if (given != null) {
                throw new IllegalArgumentException("--java25 " + given + " is Java " + feature + ", not 25 or later");
            }
            return null;
        }
        return java;
    }

    /** The feature version {@code java -version} reports (17, 25, ...), or 0 when it cannot be read. */
    private static int featureVersion(Path launcher) {
        try {
            Process process = new ProcessBuilder(launcher.toString(), "-version").redirectErrorStream(true).start();
            String said = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            java.util.regex.Matcher version = java.util.regex.Pattern.compile("version \"(\\d+)").matcher(said);
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static int positive(Map<String, String> given, String name, int fallback) {
        int value;
        try {
            value = Integer.parseInt(given.getOrDefault(name, Integer.toString(fallback)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a whole number, not " + given.get(name));
        }
        if (value <= 0) {
            throw new IllegalArgumentException("--" + name + " must be positive");
        }
        return value;
    }
}
