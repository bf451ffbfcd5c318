package org.anxin.dialog.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.anxin.dialog.Action;
import org.anxin.dialog.Branch;
import org.anxin.dialog.Choice;
import org.anxin.dialog.DialogEngine;
import org.anxin.dialog.DialogExtension;
import org.anxin.dialog.DialogSet;
import org.anxin.dialog.Extensions;
import org.anxin.dialog.Fact;
import org.anxin.dialog.Flow;
import org.anxin.dialog.Messages;
import org.anxin.dialog.Position;
import org.anxin.dialog.SlotType;
import org.anxin.dialog.SourceRef;
import org.anxin.dialog.Step;

/**
 * Checks that a dialogs folder hangs together before anyone talks to it: every goto lands on a step, every step
 * can be reached, every message exists in every language (those the flows say, and those the engine and each
 * extension say from their code), no message shows a slot that some path reaches without collecting, no condition
 * reads a slot that nothing collects, every action and picture is one an extension offers, and no flow runs in a
 * circle without waiting. The checks that follow paths are {@link FlowGraph}'s. A little over 300 lines: it is a
 * list of independent checks, each a few lines, read best side by side.
 */
public final class DialogValidator {

    private final DialogSet set;
    private final Messages messages;
    private final Map<String, Map<String, SourceRef>> messageLines;
    private final Extensions extensions;
    private final Map<String, Action> actions;
    private final FlowGraph graph;
    private final List<Problem> problems = new ArrayList<>();
    /** Each missing message is reported once, where it is first used or defined. */
    private final Set<String> reportedMissing = new HashSet<>();

    private DialogValidator(LoadedDialogs loaded, List<DialogExtension> given) {
        this.set = loaded.dialogs();
        this.messages = set.messages();
        this.messageLines = loaded.messageLines();
        this.extensions = Extensions.of(given);
        this.actions = extensions.actions();
        this.graph = new FlowGraph(set, actions);
    }

    /**
     * Every problem in the folder, in file order of discovery; empty when the set is sound. {@code extensions} are
     * those the engine will run the folder with: what they offer may be used, what they say must be there.
     */
    public static List<Problem> validate(LoadedDialogs loaded, List<DialogExtension> extensions) {
        if (!loaded.problems().isEmpty()) {
            // What could not be read would show up again as a cascade of missing pieces: report it alone.
            return loaded.problems();
        }
        DialogValidator validator = new DialogValidator(loaded, extensions);
        validator.checkFacts();
        validator.checkSteps();
        validator.checkLocalesInSync();
        validator.checkMessagesShowNoNotes();
        validator.checkConventions();
        validator.checkCommands();
        validator.checkReachable();
        validator.checkNoSilentLoops();
        validator.checkSlotsCollectedBeforeShown();
        return List.copyOf(validator.problems);
    }

    private void checkConventions() {
        Flow start = set.flow(DialogSet.START_FLOW);
        if (start == null) {
            problem(new SourceRef("flows/start.yaml", 1), "there is no flow 'start': every conversation opens with it");
        } else if (start.step(DialogSet.MENU_STEP) == null) {
            problem(start.at(), "flow 'start' has no step 'menu': /menu and 菜单 lead there");
        }
        if (set.flow(DialogSet.URGENT_FLOW) == null) {
            problem(new SourceRef("flows/urgent.yaml", 1), "there is no flow 'urgent': urgent help must be reachable from every step");
        }
        // What the engine and each extension say; what the engine says because of the content (each language
        // names itself when switched to, each form group has a name) is among it.
        extensions.messageKeys(set).forEach((key, saidBy) ->
                requireMessage(key, new SourceRef("messages/" + messages.defaultLocale() + ".yaml", 1), saidBy));
    }

    /** A command the dialogs define has a name of its own, one step to lead to, and its words. */
    private void checkCommands() {
        Map<String, Position> claimed = set.commands();
        for (Flow flow : set.flows().values()) {
            for (Step step : flow.steps().values()) {
                String name = step.command();
                if (name == null) {
                    continue;
                }
                Position here = new Position(flow.id(), step.id());
                if (!name.matches("[a-z][a-z_]*")) {
                    problem(step.at(), "step '" + step.id() + "' names command '" + name + "': a command is a word of a-z and _");
                } else if (DialogEngine.COMMANDS.contains(name)) {
                    problem(step.at(), "step '" + step.id() + "' names command '" + name + "', which is the engine's own");
                } else if (!claimed.get(name).equals(here)) {
                    problem(step.at(), "step '" + step.id() + "' names command '" + name + "', which already leads to "
                            + claimed.get(name));
                }
            }
        }
    }

    private void checkSteps() {
        for (Flow flow : set.flows().values()) {
            if (flow.step(flow.start()) == null) {
                problem(flow.at(), "flow '" + flow.id() + "' starts at '" + flow.start() + "', which is not one of its steps");
            }
            for (Step step : flow.steps().values()) {
                checkStep(flow, step);
            }
        }
    }

    /**
     * A fact is shown to users with its source, so the source must be the official title and article (and an
     * official site), never a reviewer's note; and a reviewer must be able to re-check it: where, and on which day.
     */
    private void checkFacts() {
        for (Fact fact : set.facts().values()) {
            if (fact.review().note() == null || fact.review().note().isBlank()) {
                problem(fact.at(), "knowledge entry '" + fact.id() + "' needs 'review: note:', where a reviewer can re-check it");
            }
            if (fact.review().checked() == null || !fact.review().checked().matches("\\d{4}-\\d{2}-\\d{2}")) {
                problem(fact.at(), "knowledge entry '" + fact.id() + "' needs 'review: checked: YYYY-MM-DD', the day its source was read");
            }
            if (fact.kind() == null) {
                problem(fact.at(), "knowledge entry '" + fact.id() + "' has no kind (channel, law, lender_type, ...)");
            }
            SourceRules.problemInSite(fact.site()).ifPresent(p -> problem(fact.at(), "knowledge entry '" + fact.id() + "': " + p));
            for (String locale : messages.locales()) {
                if (!fact.title().containsKey(locale) || !fact.text().containsKey(locale)) {
                    problem(fact.at(), "knowledge entry '" + fact.id() + "' needs a title and a text in " + locale);
                }
                SourceRules.problemInSource(fact.source().get(locale), locale)
                        .ifPresent(p -> problem(fact.at(), "knowledge entry '" + fact.id() + "' " + p));
                for (String shown : List.of(fact.title().getOrDefault(locale, ""), fact.text().getOrDefault(locale, ""))) {
                    SourceRules.problemInText(shown).ifPresent(p -> problem(fact.at(), "knowledge entry '" + fact.id() + "' " + p));
                }
            }
        }
    }

    /** No message a user sees carries a reviewer's note or an address that is neither official nor a channel's. */
    private void checkMessagesShowNoNotes() {
        for (String locale : messages.locales()) {
            for (var entry : messageLines.getOrDefault(locale, Map.of()).entrySet()) {
                String text = messages.byLocale().get(locale).get(entry.getKey());
                if (text != null) {
                    SourceRules.problemInText(text).ifPresent(p -> problem(entry.getValue(), "message '" + entry.getKey() + "' " + p));
                }
            }
        }
    }

    private void checkStep(Flow flow, Step step) {
        step.say().forEach(key -> requireMessage(key, step.at()));
        step.cite().stream().filter(id -> !set.facts().containsKey(id)).forEach(id ->
                problem(step.at(), "step '" + step.id() + "' cites '" + id + "', which is not in knowledge/"));
        for (Choice choice : step.choices()) {
            if (choice.label() == null || choice.label().isBlank()) {
                problem(choice.at(), "a choice without a label in step '" + step.id() + "'");
            } else {
                requireMessage(choice.label(), choice.at());
            }
            checkTarget(flow, choice.target() != null ? choice.target() : step.next(), choice.at());
        }
        for (Branch branch : step.branches()) {
            checkTarget(flow, branch.target(), branch.at());
            if (branch.when() != null && !collectedAnywhere(branch.when().slot())) {
                problem(branch.at(), "the condition reads slot '" + branch.when().slot() + "', which no step collects");
            }
        }
        if (step.ask() != null) {
            if (step.ask().reask() != null) {
                requireMessage(step.ask().reask(), step.ask().at());
            }
            if (step.ask().type() == SlotType.CHOICE && step.choices().isEmpty()) {
                problem(step.ask().at(), "step '" + step.id() + "' asks for a choice but offers none");
            }
            if (step.ask().type() != SlotType.CHOICE) {
                checkTarget(flow, step.next(), step.at());
            }
        }
        if (step.picture() != null && !extensions.pictureKinds().contains(step.picture())) {
            problem(step.at(), "step '" + step.id() + "' shows picture '" + step.picture() + "'; known: "
                    + new TreeSet<>(extensions.pictureKinds()));
        }
        if (step.form() != null) {
            if (set.forms().get(step.form()) == null) {
                problem(step.at(), "step '" + step.id() + "' fills form '" + step.form() + "', which dialogs/letters/ does not define");
            }
            checkTarget(flow, step.next(), step.at());
        }
        if (step.action() != null && !actions.containsKey(step.action())) {
            problem(step.at(), "step '" + step.id() + "' runs unknown action '" + step.action() + "' (known: "
                    + String.join(", ", new TreeSet<>(actions.keySet())) + ")");
        }
        if (step.waits() && step.say().isEmpty()) {
            problem(step.at(), "step '" + step.id() + "' waits for the user but says nothing");
        }
        if (!step.waits()) {
            boolean hasElse = step.branches().stream().anyMatch(b -> b.when() == null);
            if (!hasElse) {
                checkTarget(flow, step.next(), step.at());
            }
        }
    }

    private void checkTarget(Flow flow, String target, SourceRef at) {
        if (target == null) {
            problem(at, "nowhere to go: add 'next' or 'goto'");
        } else if (!Choice.BACK.equals(target) && graph.position(flow, target) == null) {
            Position.Target named = Position.Target.parse(target);
            problem(at, "goto '" + target + "': no such " + (named.namesFlow() && set.flow(named.flow()) == null
                    ? "flow" : "step"));
        }
    }

    private void requireMessage(String key, SourceRef usedAt) {
        requireMessage(key, usedAt, null);
    }

    /** {@code saidBy}: the engine or the extension whose code says it, named in the problem; null for content. */
    private void requireMessage(String key, SourceRef usedAt, String saidBy) {
        for (String locale : messages.locales()) {
            if (!messages.has(locale, key) && reportedMissing.add(locale + " " + key)) {
                problem(usedAt, "message key '" + key + "' is missing in messages/" + locale + ".yaml"
                        + (saidBy == null ? "" : " (" + saidBy + " says it)"));
            }
        }
    }

    private void checkLocalesInSync() {
        for (String locale : messages.locales()) {
            for (var entry : messageLines.getOrDefault(locale, Map.of()).entrySet()) {
                for (String other : messages.locales()) {
                    if (!messages.has(other, entry.getKey()) && reportedMissing.add(other + " " + entry.getKey())) {
                        problem(entry.getValue(), "message key '" + entry.getKey() + "' is missing in messages/"
                                + other + ".yaml");
                    }
                }
            }
        }
    }

    /** Every flow can be opened by a link, so its start is reachable; every other step needs a way in. */
    private void checkReachable() {
        graph.unreachable().forEach(position -> problem(graph.steps.get(position).at(),
                "step '" + position + "' cannot be reached from any flow's start"));
    }

    private void checkNoSilentLoops() {
        graph.silentLoops().forEach(loop -> problem(loop.getKey().at(),
                "steps " + loop.getValue() + " go round in a circle without waiting for the user"));
    }

    /** No message a step shows reads a slot that some path reaches the step without collecting. */
    private void checkSlotsCollectedBeforeShown() {
        Map<Position, Set<String>> in = graph.collectedBefore(extensions.fills());
        graph.steps.forEach((position, step) -> {
            List<String> shown = new ArrayList<>(step.say());
            step.choices().stream().map(Choice::label).filter(Objects::nonNull).forEach(shown::add);
            for (String key : shown) {
                for (String slot : placeholders(key)) {
                    if (!in.get(position).contains(slot)) {
                        problem(step.at(), "message '" + key + "' shows slot '" + slot
                                + "', but a path reaches step '" + position + "' before any step collects it");
                    }
                }
            }
        });
    }

    private Set<String> placeholders(String key) {
        Set<String> names = new LinkedHashSet<>();
        for (String locale : messages.locales()) {
            String text = messages.byLocale().get(locale).get(key);
            if (text != null) {
                names.addAll(Messages.placeholders(text));
            }
        }
        return names;
    }

    private boolean collectedAnywhere(String slot) {
        return graph.steps.values().stream().anyMatch(s -> s.ask() != null && slot.equals(s.ask().slot())
                        || s.choices().stream().anyMatch(c -> c.set().containsKey(slot)))
                || actions.values().stream().anyMatch(a -> a.writes().contains(slot))
                || extensions.fills().contains(slot);
    }

    private void problem(SourceRef at, String message) {
        problems.add(new Problem(at, message));
    }
}
