package org.anxin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anxin.channel.ChannelMessages;
import org.anxin.mydata.MyDataFile;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.DialogEngine;
import org.anxin.dialog.DialogExtension;
import org.anxin.dialog.content.DialogFolder;
import org.anxin.dialog.content.DialogLoader;
import org.anxin.dialog.content.DialogValidator;
import org.anxin.dialog.content.LoadedDialogs;
import org.anxin.dialog.content.Problem;
import org.anxin.dialog.content.SourceFile;
import org.anxin.dialog.Fact;
import org.anxin.dialog.SourceRef;
import org.anxin.dialog.content.SourceRules;
import org.anxin.evidence.EvidenceExtension;
import org.anxin.letter.ChatLetters;
import org.anxin.letter.Letters;
import org.anxin.evidence.analysis.AnalyzeActions;
import org.anxin.evidence.analysis.AnalyzerRulesLoader;
import org.anxin.evidence.analysis.SecondOpinion;
import org.anxin.plan.PlanExtension;
import org.anxin.understanding.UnderstandingContent;
import org.anxin.understanding.UnderstandingLoader;

/**
 * A dialogs folder with everything its flows may use, checked together: the extensions the engine runs it with
 * (the plan, the evidence locker, and the analyzer made from the folder's own rules in {@code analyzer/}), what the
 * app around the engine says from its code (the channels, the letters, the turn service), and what typed words may
 * mean ({@code understanding/}). This is the one place the engine's extensions are chosen: the server,
 * {@code dialogs check} and the transcript tests all read a folder this way, so they agree on what is valid.
 */
public final class DialogsContent {

    private DialogsContent() {
    }

    /** A folder as read and checked, with the extensions its flows run with. */
    public record Checked(LoadedDialogs loaded, List<DialogExtension> extensions, UnderstandingContent understanding,
            List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }

        public DialogEngine engine() {
            return new DialogEngine(loaded.dialogs(), extensions, understanding.intents());
        }
    }

    /** Reads and checks {@code dir}; throws {@link IllegalArgumentException} when there is no such folder. */
    public static Checked check(Path dir) {
        return check(dir, SecondOpinion.NONE);
    }

    /** The same, with a second opinion for the analyzer beside its rules (the language model, in the server). */
    public static Checked check(Path dir, SecondOpinion secondOpinion) {
        List<SourceFile> files = DialogFolder.read(dir);
        LoadedDialogs loaded = DialogLoader.load(files);
        AnalyzerRulesLoader.Loaded analyzer = AnalyzerRulesLoader.load(files, loaded.dialogs().facts().keySet());
        List<DialogExtension> extensions = List.of(new PlanExtension(), new EvidenceExtension(),
                new AnalyzeActions(analyzer.rules(), secondOpinion), ChannelMessages.EXTENSION,
                DialogExtension.saying("the letters", List.of(ChatLetters.NEEDS_FIX)),
                DialogExtension.saying("the turn service", List.of(TurnService.SLOW_DOWN)),
                DialogExtension.saying("my data", MyDataFile.MESSAGES));
        List<Problem> problems = new ArrayList<>(DialogValidator.validate(loaded, extensions));
        UnderstandingLoader.Loaded understanding = UnderstandingLoader.load(files, loaded.dialogs());
        if (problems.isEmpty()) {
            problems.addAll(analyzer.problems());
            problems.addAll(understanding.problems());
            problems.addAll(letterProblems(dir, loaded.dialogs().facts()));
        }
        return new Checked(loaded, extensions, understanding.content(), List.copyOf(problems));
    }

    /**
     * The letters, when the folder has them: they must load (each kind citing only rules that fit the lender types it
     * is cited for), and no template may print a reviewer's note.
     */
    private static List<Problem> letterProblems(Path dir, Map<String, Fact> facts) {
        Path letters = dir.resolve("letters");
        if (!Files.isRegularFile(letters.resolve("kinds.yaml"))) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        try {
            Letters.load(dir, null, facts);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(new SourceRef("letters/kinds.yaml", 1), e.getMessage()));
        }
        try (Stream<Path> templates = Files.list(letters)) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".mustache")).sorted().toList()) {
                List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    int line = i + 1;
                    SourceRules.problemInText(lines.get(i)).ifPresent(p -> problems.add(
                            new Problem(new SourceRef("letters/" + template.getFileName(), line), "the template " + p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }
}
