package org.anxin.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes, read from a flight recording with the JDK's own reader ({@code jdk.jfr.consumer}), only the
 * events of the timed rounds: CPU samples by part of the application (JSON, sealing, the store, logging, the Bot API
 * client, the language model, ...: the innermost frame that belongs to a known part), the hottest methods,
 * allocation, contended monitors, waits that are not idle pool threads, GC pauses and CPU by thread pool.
 * Run alone: {@code JfrReport FILE [FROM TO]} (ISO instants).
 */
final class JfrReport {

    /** Parts of the application by package, first match wins for a frame; order matters (the redactor is logging). */
    private static final String[][] PARTS = {
            {"logging", "ch.qos.logback.", "org.slf4j.", "org.anxin.privacy.Redact"},
            {"JSON", "com.fasterxml.jackson.", "tools.jackson."},
            {"sealing (AES-GCM)", "javax.crypto.", "com.sun.crypto.", "org.anxin.privacy."},
            {"language model (ONNX)", "ai.onnxruntime.", "ai.djl.", "dev.langchain4j.", "org.anxin.understanding."},
            {"store (JDBC, SQLite/PostgreSQL)", "org.sqlite.", "org.postgresql.", "com.zaxxer.hikari.", "org.springframework.jdbc.",
                    "org.springframework.transaction.", "org.anxin.conversation.JdbcConversationStore",
                    "org.anxin.conversation.CachedConversationStore", "com.github.benmanes.caffeine."},
            {"Bot API client (OkHttp, telegrambots)", "okhttp3.", "okio.", "org.telegram.", "kotlin."},
            {"plan chart (XChart, Java2D, PNG)", "org.knowm.xchart.", "java.awt.", "sun.java2d.", "javax.imageio.", "com.pngencoder.",
                    "com.sun.imageio.", "sun.font.", "sun.awt.", "org.anxin.plan.chart."},
            {"dialog engine", "org.anxin.dialog."},
            {"Chinese conversion (OpenCC)", "com.github.houbb."},
            {"HTTP server (Tomcat, Spring MVC)", "org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.",
                    "org.springframework.web.", "jakarta.servlet.", "org.springframework.security."},
    };
    /** Frames that say nothing about whose work it is: the JDK itself. */
    private static final String[] NEUTRAL = {"java.", "javax.", "jdk.", "sun.", "com.sun."};
    /** A parked thread with one of these on its stack is an idle pool thread waiting for work, not a contention. */
    private static final String[] IDLE = {"ThreadPoolExecutor.getTask", "TaskQueue.take", "TaskQueue.poll",
            "DelayedWorkQueue.take", "ForkJoinPool.awaitWork", "ForkJoinPool.runWorker", "TaskRunner.awaitTaskToRun",
            "TaskRunner$runnable", "Reference$ReferenceHandler", "CleanerImpl.run"};

    private JfrReport() {
    }

    public static void main(String[] args) throws IOException {
        Instant from = args.length > 2 ? Instant.parse(args[1]) : Instant.MIN;
        Instant to = args.length > 2 ? Instant.parse(args[2]) : Instant.MAX;
        System.out.println(report(Path.of(args[0]), from, to));
    }

    private static final class Tally {
        final Map<String, Double> values = new HashMap<>();
        double total;

        void add(String key, double amount) {
            values.merge(key, amount, Double::sum);
            total += amount;
        }

        List<Map.Entry<String, Double>> top(int n) {
            List<Map.Entry<String, Double>> sorted = new ArrayList<>(values.entrySet());
            sorted.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
            return sorted.subList(0, Math.min(n, sorted.size()));
        }
    }

    static String report(Path file, Instant from, Instant to) throws IOException {
        Tally parts = new Tally();
        Tally methods = new Tally();
        Tally anxin = new Tally();
        Tally nativeParts = new Tally();
        Tally allocationParts = new Tally();
        Tally allocationClasses = new Tally();
        Tally monitors = new Tally();
        Tally parks = new Tally();
        Tally threads = new Tally();
        Tally sender = new Tally();
        java.util.Set<Long> threadPeriods = new java.util.HashSet<>();
        double gcPauses = 0;
        int gcs = 0;
        double jvmCpu = 0;
        double machineCpu = 0;
        int cpuSamples = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                Instant at = event.getStartTime();
                if (at.isBefore(from) || at.isAfter(to)) {
                    continue;
                }
                String type = event.getEventType().getName();
                RecordedStackTrace stack = event.getStackTrace();
                if (event.getThread() != null && event.getThread().getJavaName() != null
                        && event.getThread().getJavaName().startsWith("telegram-send")) {
                    senderTime(sender, type, event, stack);
                }
                switch (type) {
                    case "jdk.ExecutionSample" -> {
                        parts.add(part(stack), 1);
                        methods.add(topFrame(stack), 1);
                        anxin.add(innermost(stack, "org.anxin."), 1);
                    }
                    case "jdk.NativeMethodSample" -> {
                        String top = topFrame(stack);
                        if (!top.startsWith("sun.nio.ch.") && !top.startsWith("java.net.") && !idle(stack)) {
                            nativeParts.add(part(stack) + " — " + top, 1);
                        }
                    }
                    case "jdk.ObjectAllocationSample" -> {
                        double weight = event.getLong("weight") / 1048576.0;
                        allocationParts.add(part(stack), weight);
                        allocationClasses.add(event.getClass("objectClass").getName(), weight);
                    }
                    case "jdk.JavaMonitorEnter" -> monitors.add(event.getClass("monitorClass").getName() + " at "
                            + innermostOwn(stack), event.getDuration().toNanos() / 1e6);
                    case "jdk.ThreadPark" -> {
                        if (!idle(stack)) {
                            parks.add(innermostOwn(stack), event.getDuration().toNanos() / 1e6);
                        }
                    }
                    case "jdk.GarbageCollection" -> {
                        gcs++;
                        gcPauses += event.getDuration("sumOfPauses").toNanos() / 1e6;
                    }
                    case "jdk.CPULoad" -> {
                        jvmCpu += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                        machineCpu += event.getFloat("machineTotal");
                        cpuSamples++;
                    }
                    case "jdk.ThreadCPULoad" -> {
                        // JVM and native threads (GC, the compilers, ONNX Runtime's pool) have no Java name.
                        String name = event.getThread() == null ? "?" : pool(event.getThread().getJavaName() != null
                                ? event.getThread().getJavaName() : event.getThread().getOSName());
                        threads.add(name, event.getFloat("user") + event.getFloat("system"));
                        threadPeriods.add(at.getEpochSecond() / 2);
                    }
                    default -> { }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("CPU (jdk.CPULoad, mean): this JVM %.0f %% of the machine, the machine %.0f %%; "
                + "GC: %d collections, %.0f ms of pauses.%n%n", 100 * jvmCpu / Math.max(1, cpuSamples),
                100 * machineCpu / Math.max(1, cpuSamples), gcs, gcPauses));
        table(out, "CPU samples in Java code, by part (innermost known frame)", "part", parts, 12, "%");
        table(out, "Hottest methods (top frame of the CPU samples)", "method", methods, 12, "%");
        table(out, "Innermost Anxin frame of the CPU samples", "frame", anxin, 10, "%");
        table(out, "Threads in native code (not network waits), by part and top frame", "part — frame", nativeParts, 8, "%");
        table(out, "Allocation (sampled weight) by part", "part", allocationParts, 10, "MiB");
        table(out, "Allocation by class", "class", allocationClasses, 8, "MiB");
        table(out, "Contended monitors (blocked ≥ 10 ms), by class and where", "monitor at", monitors, 6, "ms");
        table(out, "Parked threads that were not idle pool threads (≥ 10 ms), by where", "where", parks, 8, "ms");
        table(out, "The Telegram sender loop's threads (telegram-send-#): waits ≥ 10 ms by cause and CPU samples × 10 ms",
                "what", sender, 8, "ms");
        // Each thread reports its load once a period (10 s here); a pool's share is its threads' sum per period.
        int periods = Math.max(1, threadPeriods.size());
        Tally pools = new Tally();
        threads.values.forEach((name, sum) -> pools.add(name, 100 * sum / periods));
        table(out, "CPU by thread pool (mean share of the machine)", "threads", pools, 10, "pp");
        return out.toString();
    }

    /** Where a sender-loop thread spent its time: waits by cause, and 10 ms for each CPU sample. */
    private static void senderTime(Tally sender, String type, RecordedEvent event, RecordedStackTrace stack) {
        switch (type) {
            case "jdk.ThreadPark" -> sender.add("parked in " + innermostOwn(stack), event.getDuration().toNanos() / 1e6);
            case "jdk.JavaMonitorEnter" -> sender.add("blocked on " + event.getClass("monitorClass").getName() + " in "
                    + innermostOwn(stack), event.getDuration().toNanos() / 1e6);
            case "jdk.SocketRead" -> sender.add("reading the Bot API's answer (socket)", event.getDuration().toNanos() / 1e6);
            case "jdk.SocketWrite" -> sender.add("writing to the Bot API (socket)", event.getDuration().toNanos() / 1e6);
            case "jdk.ExecutionSample" -> sender.add("running Java: " + part(stack), 10);
            default -> { }
        }
    }

    private static void table(StringBuilder out, String title, String column, Tally tally, int n, String unit) {
        out.append("**").append(title).append("**\n\n| ").append(column).append(" | ").append(unit.equals("%") ? "share" : unit)
                .append(" |\n|---|---:|\n");
        if (tally.total == 0) {
            out.append("| (none) | |\n\n");
            return;
        }
        for (Map.Entry<String, Double> row : tally.top(n)) {
            String value = unit.equals("%") ? String.format("%.1f %%", 100 * row.getValue() / tally.total)
                    : String.format("%.0f", row.getValue());
            out.append("| ").append(row.getKey().replace("|", "\\|")).append(" | ").append(value).append(" |\n");
        }
        out.append('\n');
    }

    /** A thread's pool: its name with the numbers taken out (http-nio-8080-exec-12 → http-nio-#-exec-#). */
    private static String pool(String name) {
        return name == null ? "?" : name.replaceAll("\\d+", "#");
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String topFrame(RecordedStackTrace stack) {
        return stack == null || stack.getFrames().isEmpty() ? "(no stack)" : name(stack.getFrames().get(0));
    }

    private static String innermost(RecordedStackTrace stack, String prefix) {
        if (stack != null) {
            for (RecordedFrame frame : stack.getFrames()) {
                if (name(frame).startsWith(prefix)) {
                    return name(frame);
                }
            }
        }
        return "(no Anxin frame)";
    }

    /** The innermost frame that is not the JDK's: whose code waited. */
    private static String innermostOwn(RecordedStackTrace stack) {
        if (stack != null) {
            for (RecordedFrame frame : stack.getFrames()) {
                String name = name(frame);
                if (!neutral(name)) {
                    return name;
                }
            }
        }
        return "(JDK only)";
    }

    private static boolean idle(RecordedStackTrace stack) {
        if (stack == null) {
            return true;
        }
        for (RecordedFrame frame : stack.getFrames()) {
            String name = name(frame);
            for (String marker : IDLE) {
                if (name.contains(marker)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean neutral(String name) {
        for (String prefix : NEUTRAL) {
            if (name.startsWith(prefix)) {
                // Java2D, image I/O and the crypto provider are parts of their own, not the JDK's plumbing.
                return part(name) == null;
            }
        }
        return false;
    }

    private static String part(String frame) {
        for (String[] part : PARTS) {
            for (int i = 1; i < part.length; i++) {
                if (frame.startsWith(part[i])) {
                    return part[0];
                }
            }
        }
        return null;
    }

    /** The part of the innermost frame that belongs to a known part, else the package of the first non-JDK frame. */
    private static String part(RecordedStackTrace stack) {
        if (stack == null) {
            return "(no stack)";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            String name = name(frame);
            String part = part(name);
            if (part != null) {
                return part;
            }
            if (!neutral(name)) {
                String[] segments = name.split("\\.");
                return "other: " + String.join(".", java.util.Arrays.copyOf(segments, Math.min(3, segments.length - 2)));
            }
        }
        return "JDK only (thread pools, collections, I/O)";
    }
}
