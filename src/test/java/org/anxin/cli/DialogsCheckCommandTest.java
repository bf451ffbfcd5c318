package org.anxin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code dialogs check} and {@code dialogs graph}, run in-process on a copy of the real dialogs folder. Each broken
 * variant edits the copy with a plain string replacement and expects one output line that starts with the edited
 * file's path and the line number of the mistake (computed here from the edited file), followed by the
 * validator's message.
 */
class DialogsCheckCommandTest {

    private static final Path REAL = Path.of("dialogs");

    @TempDir
    Path tmp;

    private Path dialogs;

    @BeforeEach
    void copyTheRealFolder() throws IOException {
        dialogs = tmp.resolve("dialogs");
        try (Stream<Path> paths = Files.walk(REAL)) {
            for (Path source : paths.toList()) {
                Path target = dialogs.resolve(REAL.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    // --- the real folder ------------------------------------------------------------------------------------

    @Test
    void theRealFolderPasses() {
        CommandRun result = check();
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).as(result.toString()).startsWith("ok:");
        assertThat(result.out()).contains("flows", "steps", "zh-CN", "en", "zh-Hant");
        assertThat(result.lines()).hasSize(1);
    }

    // --- broken variants: each names the file and the line ---------------------------------------------------

    @Test
    void aGotoToAMissingStep() throws IOException {
        replace("flows/urgent.yaml", "goto: stay", "goto: nosuchstep");
        int line = lineOf("flows/urgent.yaml", "goto: nosuchstep");

        assertProblem(check(), "flows/urgent.yaml", line, "goto 'nosuchstep': no such step");
    }

    @Test
    void aGotoToAMissingFlow() throws IOException {
        replace("flows/evidence.yaml", "goto: \"complain:\"", "goto: \"nosuch:\"");
        int line = lineOf("flows/evidence.yaml", "goto: \"nosuch:\"");

        assertProblem(check(), "flows/evidence.yaml", line, "goto 'nosuch:': no such flow");
    }

    @Test
    void aStepThatNoPathReaches() throws IOException {
        replace("flows/legal.yaml", "steps:\n", """
                steps:
                  orphan:
                    say: [legal.intro]
                    choices:
                      - { label: common.menu, goto: "start:menu" }
                """);
        // A step's problems name the line of its id.
        int line = lineOf("flows/legal.yaml", "  orphan:");

        assertProblem(check(), "flows/legal.yaml", line, "step 'legal:orphan' cannot be reached from any flow's start");
    }

    @Test
    void anEngineMessageMissingInEnglishIsReportedWhereTheOtherLanguageHasIt() throws IOException {
        deleteLine("messages/en.yaml", "  nothing_back:");
        int line = lineOf("messages/zh-CN.yaml", "  nothing_back:");

        assertProblem(check(), "messages/zh-CN.yaml", line,
                "message key 'engine.nothing_back' is missing in messages/en.yaml");
    }

    @Test
    void aFlowMessageMissingInEnglishIsReportedWhereAStepSaysIt() throws IOException {
        deleteLine("messages/en.yaml", "  stay:");
        int line = lineOf("flows/urgent.yaml", "  stay:");

        assertProblem(check(), "flows/urgent.yaml", line, "message key 'urgent.stay' is missing in messages/en.yaml");
    }

    @Test
    void aMessageShowingASlotBeforeItIsAsked() throws IOException {
        replace("messages/zh-CN.yaml", "我会问两个数字。", "我会问两个数字。你欠 {plan.owed} 元。");
        replace("messages/en.yaml", "I'll ask two questions.", "I'll ask two questions. You owe {plan.owed}.");
        int line = lineOf("flows/negotiate.yaml", "  intro:");

        assertProblem(check(), "flows/negotiate.yaml", line,
                "message 'negotiate.intro' shows slot 'plan.owed', but a path reaches step 'negotiate:intro' before any step collects it");
    }

    @Test
    void aChoiceWithoutALabel() throws IOException {
        replace("flows/legal.yaml", "{ label: common.menu, goto: \"start:menu\" }", "{ goto: \"start:menu\" }");
        int line = lineOf("flows/legal.yaml", "{ goto: \"start:menu\" }");

        assertProblem(check(), "flows/legal.yaml", line, "a choice without a label in step 'intro'");
    }

    @Test
    void aDuplicateStepIdInOneFlow() throws IOException {
        replace("flows/legal.yaml", "steps:\n", """
                steps:
                  intro:
                    say: [legal.intro]
                    choices:
                      - { label: common.menu, goto: "start:menu" }
                """);
        List<Integer> intros = linesOf("flows/legal.yaml", "  intro:");
        assertThat(intros).hasSize(2);

        assertProblem(check(), "flows/legal.yaml", intros.get(1), "duplicate id 'intro' in the steps of flow 'legal'");
    }

    @Test
    void aDuplicateFlowId() throws IOException {
        // legal2.yaml sorts after legal.yaml, so it is the second definition.
        Files.copy(dialogs.resolve("flows/legal.yaml"), dialogs.resolve("flows/legal2.yaml"));
        int line = lineOf("flows/legal2.yaml", "id: legal");

        assertProblem(check(), "flows/legal2.yaml", line, "duplicate id: flow 'legal' is also defined in flows/legal.yaml");
    }

    @Test
    void aMessagesFileThatIsNotYaml() throws IOException {
        replace("messages/en.yaml", "  menu: What would you like to do first?", "  menu: What: would you like to do first?");
        int line = lineOf("messages/en.yaml", "What: would you like");

        assertProblem(check(), "messages/en.yaml", line, "not valid YAML");
    }

    @Test
    void aTopicMessagesFileAddsToItsLocaleAndMayNotRepeatAKey() throws IOException {
        Files.createDirectories(dialogs.resolve("messages/en"));
        Files.writeString(dialogs.resolve("messages/en/extra.yaml"), "extra:\n  hello: Hello\nengine:\n  help: Again\n");
        Files.createDirectories(dialogs.resolve("messages/zh-CN"));
        Files.writeString(dialogs.resolve("messages/zh-CN/extra.yaml"), "extra:\n  hello: 你好\n");

        CommandRun result = check();

        assertThat(result.code()).as(result.toString()).isNotZero();
        assertProblem(result, "messages/en/extra.yaml", 4, "duplicate id: message 'engine.help'");
        assertThat(result.out() + result.err()).doesNotContain("extra.hello");
    }

    @Test
    void aFlowFileThatIsNotYaml() throws IOException {
        replace("flows/complain.yaml", "start: intro", "start: intro: oops");
        int line = lineOf("flows/complain.yaml", "start: intro: oops");

        assertProblem(check(), "flows/complain.yaml", line, "not valid YAML");
    }

    // --- the command line itself -------------------------------------------------------------------------------

    @Test
    void aFolderThatDoesNotExist() {
        CommandRun result = CommandRun.of("dialogs", "check", "--dir", "/no/such/dir");

        assertThat(result.code()).as(result.toString()).isNotZero();
        assertThat(result.out() + result.err()).as(result.toString()).contains("no dialogs folder at", "/no/such/dir");
    }

    @Test
    void graphWritesEachFlowAndTheJourney() throws IOException {
        Path out = tmp.resolve("g");
        CommandRun result = CommandRun.of("dialogs", "graph", "--dir", dialogs.toString(), "--out", out.toString());

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(Files.readString(out.resolve("start.mmd"), StandardCharsets.UTF_8)).startsWith("flowchart");
        assertThat(Files.readString(out.resolve("journey.mmd"), StandardCharsets.UTF_8)).contains("start --> negotiate");
        for (String flow : List.of("calm", "evidence", "negotiate", "complain", "legal", "urgent")) {
            assertThat(out.resolve(flow + ".mmd")).exists();
        }
    }

    @Test
    void graphRefusesABrokenFolder() throws IOException {
        replace("flows/urgent.yaml", "goto: stay", "goto: nosuchstep");
        Path out = tmp.resolve("g");
        CommandRun result = CommandRun.of("dialogs", "graph", "--dir", dialogs.toString(), "--out", out.toString());

        assertThat(result.code()).as(result.toString()).isNotZero();
        assertThat(result.out() + result.err()).contains("no such step");
        assertThat(out.resolve("journey.mmd")).doesNotExist();
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private CommandRun check() {
        return CommandRun.of("dialogs", "check", "--dir", dialogs.toString());
    }

    @Test
    void aCitedFactThatTheKnowledgeBaseNoLongerHasFailsTheCheck() throws IOException {
        replace("knowledge/channels.yaml", "channel.12348:", "channel.12348-removed:");
        int line = lineOf("flows/legal.yaml", "  intro:");

        assertProblem(check(), "flows/legal.yaml", line, "step 'intro' cites 'channel.12348', which is not in knowledge/");
    }

    /**
     * A message the code says (here one a letter prints, one the engine offers, one in Telegram's command menu) must
     * be in every language too, or a user would read its key; the problem names the key and who says it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "evidence.letter.line | messages/zh-CN/evidence.yaml | messages/en/evidence.yaml | '    line: ' | the evidence locker",
        "understand.none_of_these | messages/zh-CN/understanding.yaml | messages/en/understanding.yaml | '  none_of_these:' | the engine",
        "channel.command.mydata | messages/zh-CN.yaml | messages/en.yaml | '    mydata:' | the channels"})
    void aMessageTheCodeSaysMissingInEveryLanguageFailsTheCheckNamingTheKey(String key, String chinese, String english,
            String line, String saidBy) throws IOException {
        deleteLine(chinese, line);
        deleteLine(english, line);

        assertProblem(check(), "messages/zh-CN.yaml", 1,
                "message key '" + key + "' is missing in messages/zh-CN.yaml (" + saidBy + " says it)");
    }

    /** A step may use only what the engine and its extensions have: a command name of its own, a picture drawn. */
    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', value = {
        "flows/handoff.yaml | '  hub:' | command: sharing | command: menu | step 'hub' names command 'menu', which is the engine's own",
        "flows/negotiate.yaml | '  summary:' | picture: plan-chart | picture: pie-chart | step 'summary' shows picture 'pie-chart'; known: [plan-chart]"})
    void aStepThatUsesWhatTheEngineAndItsExtensionsDoNotHave(String file, String step, String from, String to,
            String problem) throws IOException {
        replace(file, from, to);

        assertProblem(check(), file, lineOf(file, step), problem);
    }

    @Test
    void aKnowledgeEntryWithoutASourceFailsTheCheck() throws IOException {
        deleteLine("knowledge/channels.yaml", "    zh-CN: \"司法部 12348 公共法律服务热线\"");
        int line = lineOf("knowledge/channels.yaml", "channel.12348:");

        assertProblem(check(), "knowledge/channels.yaml", line, "knowledge entry 'channel.12348' has no source in zh-CN");
    }

    /** What a user would see as a source, or in a message, must not be a reviewer's note or an unofficial site. */
    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', value = {
        "knowledge/rules.yaml | law.pipl: | \"《中华人民共和国个人信息保护法》第 6、10、13、47、69 条\" | \"LRB: 行政法/个人信息保护法(2021-08-20).md\" | knowledge entry 'law.pipl' shows a repository path or file",
        "knowledge/rules.yaml | rule.cba.collection: | \"中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》\" | \"chinanews reprint of the guideline (2026-01-30), secondary\" | knowledge entry 'rule.cba.collection' shows a reviewer's note",
        "knowledge/rules.yaml | rule.gbt45251.hours: | '  site: openstd.samr.gov.cn' | '  site: qijiantest.com' | site 'qijiantest.com' is not an official site",
        "messages/zh-CN.yaml | '  not_advice: 我提供的是一般信息' | 重要的决定，可以再问问律师或法律援助。 | 重要的决定，可以再问问律师（domain brief section 4）。 | message 'start.not_advice' shows a reviewer's note"})
    void aReviewersNoteOrAnUnofficialSiteWhereAUserWouldSeeItFailsTheCheck(String file, String anchor, String from, String to,
            String problem) throws IOException {
        int line = lineOf(file, anchor);
        replace(file, from, to);

        assertProblem(check(), file, line, problem);
    }

    /** Asserts a failed check with a line {@code <dir>/<file>:<line>: ...<phrase>...}. */
    private void assertProblem(CommandRun result, String file, int line, String phrase) {
        String prefix = dialogs.resolve(file).normalize() + ":" + line + ": ";
        assertThat(result.code()).as(result.toString()).isNotZero();
        assertThat(result.lines()).as(result.toString())
                .anySatisfy(l -> assertThat(l).startsWith(prefix).contains(phrase));
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = dialogs.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).as("%s should contain %s", file, from).contains(from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
    }

    private void deleteLine(String file, String start) throws IOException {
        Path path = dialogs.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
        assertThat(lines.stream().filter(l -> l.startsWith(start))).as("%s lines starting %s", file, start).hasSize(1);
        lines.removeIf(l -> l.startsWith(start));
        Files.write(path, lines, StandardCharsets.UTF_8);
    }

    /** The 1-based number of the one line of the file that contains the fragment. */
    private int lineOf(String file, String fragment) throws IOException {
        List<Integer> found = linesOf(file, fragment);
        assertThat(found).as("%s lines containing %s", file, fragment).hasSize(1);
        return found.get(0);
    }

    private List<Integer> linesOf(String file, String fragment) throws IOException {
        List<String> lines = Files.readAllLines(dialogs.resolve(file), StandardCharsets.UTF_8);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                found.add(i + 1);
            }
        }
        return found;
    }
}
