package org.anxin.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.anxin.content.DialogsContent;
import org.anxin.dialog.DialogSet;
import org.anxin.dialog.Flow;
import org.anxin.dialog.content.MermaidGraph;
import org.anxin.dialog.content.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Tools for content authors: check a dialogs folder, draw its flows. Neither needs the server or a database. */
@Command(name = "dialogs", description = "Check or draw a dialogs folder.", mixinStandardHelpOptions = true)
final class DialogsCommand {

    @Command(name = "check", description = "Validate a dialogs folder; one line per problem, naming file and line.")
    int check(@Option(names = "--dir", defaultValue = "dialogs", description = "the dialogs folder (default: ${DEFAULT-VALUE})") Path dir) {
        DialogsContent.Checked checked = checked(dir);
        if (checked == null) {
            return 2;
        }
        for (Problem problem : checked.problems()) {
            System.out.println(dir.resolve(problem.at().file()).normalize() + ":" + problem.at().line() + ": " + problem.message());
        }
        if (checked.valid()) {
            DialogSet set = checked.loaded().dialogs();
            System.out.println("ok: " + set.flows().size() + " flows, " + set.flows().values().stream()
                    .mapToInt(f -> f.steps().size()).sum() + " steps, locales " + set.messages().locales());
            return 0;
        }
        return 1;
    }

    @Command(name = "graph", description = "Write each flow, and the journey between flows, as a Mermaid diagram (.mmd).")
    int graph(@Option(names = "--dir", defaultValue = "dialogs", description = "the dialogs folder (default: ${DEFAULT-VALUE})") Path dir,
            @Option(names = "--out", defaultValue = "target/graphs", description = "where to write (default: ${DEFAULT-VALUE})") Path out,
            @Option(names = "--locale", defaultValue = "zh-CN", description = "language of the labels (default: ${DEFAULT-VALUE})") String locale)
            throws IOException {
        DialogsContent.Checked checked = checked(dir);
        if (checked == null) {
            return 2;
        }
        if (!checked.valid()) {
            checked.problems().forEach(p -> System.err.println(p));
            return 1;
        }
        DialogSet set = checked.loaded().dialogs();
        Files.createDirectories(out);
        for (Flow flow : set.flows().values()) {
            Files.writeString(out.resolve(flow.id() + ".mmd"), MermaidGraph.flow(set, flow, locale), StandardCharsets.UTF_8);
        }
        Files.writeString(out.resolve("journey.mmd"), MermaidGraph.journey(set), StandardCharsets.UTF_8);
        System.out.println("wrote " + (set.flows().size() + 1) + " diagrams to " + out);
        return 0;
    }

    /** The folder, checked; null (with the reason on stderr) when there is no such folder. */
    private static DialogsContent.Checked checked(Path dir) {
        try {
            return DialogsContent.check(dir);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return null;
        }
    }
}
