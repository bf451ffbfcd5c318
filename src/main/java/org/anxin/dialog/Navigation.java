package org.anxin.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Moving through the flows: entering a target and going on until a step waits (saying each step, showing its
 * picture, running its action, following its branches), the consent gate in front of every flow but the few that
 * must stay open, the way back, and saying the waiting step again. Every move of the conversation goes through here.
 */
final class Navigation {

    static final List<String> MESSAGES = List.of("engine.nothing_back");
    /** Steps entered in one turn without waiting; the validator keeps flows far below it. */
    private static final int MAX_HOPS = 64;
    private static final Position CONSENT_AGREED = new Position(DialogSet.CONSENT_FLOW, DialogSet.CONSENT_AGREED);
    private static final Position ERASE_DONE = new Position(DialogSet.ERASE_FLOW, DialogSet.ERASE_DONE);
    private static final Position SAFETY_DECLINED = new Position(DialogSet.URGENT_FLOW, DialogSet.SAFETY_DECLINED);
    static final Position.Target START = Position.Target.startOf(DialogSet.START_FLOW);

    private final DialogSet dialogs;
    private final Map<String, Action> actions;
    private final Options options;
    private final Forms forms;

    Navigation(DialogSet dialogs, Map<String, Action> actions, Options options, Forms forms) {
        this.dialogs = dialogs;
        this.actions = Map.copyOf(actions);
        this.options = options;
        this.forms = forms;
    }

    /** Enters a target and goes on until a step waits. */
    void enter(Run run, Position.Target target) {
        options.forgetGuesses(run);
        List<String> cited = new ArrayList<>();
        for (int hops = 0; hops < MAX_HOPS; hops++) {
            if (target.back()) {
                returnFromFlow(run);
                return;
            }
            Position position = consentFirst(run, target.from(run.state.flow(), dialogs));
            if (position.equals(CONSENT_AGREED)) {
                // Agreed: record when, and go on to where the user was heading.
                Progress progress = run.state.progress();
                target = Optional.ofNullable(progress.consentThen()).map(Position.Target::to).orElse(START);
                run.state = run.state.consenting(run.at.toString()).withProgress(progress.headingTo(null));
                continue;
            }
            if (position.equals(ERASE_DONE)) {
                run.erase();
            }
            if (position.equals(SAFETY_DECLINED)) {
                // "No" to the direct question: an uncertain sign is not asked about again.
                run.state = run.state.withProgress(run.state.progress().decliningSafetyCheck());
            }
            run.state = run.state.movedTo(position);
            Step step = run.current();
            cited.addAll(step.cite());
            run.state = run.state.citing(cited);
            step.say().forEach(run::say);
            if (step.picture() != null) {
                run.picture(step.picture());
            }
            if (step.action() != null) {
                apply(run, step.action());
            }
            if (step.waits()) {
                if (step.form() != null) {
                    forms.start(run, step);
                }
                offer(run, step);
                return;
            }
            target = Position.Target.parse(step.branches().stream()
                    .filter(b -> b.when() == null || b.when().test(run.state.slots()))
                    .map(Branch::target)
                    .findFirst()
                    .orElse(step.next()));
        }
        throw new IllegalStateException("more than " + MAX_HOPS + " steps without waiting, at " + run.state.position());
    }

    /**
     * Where a move really goes: before the user has agreed to what Anxin keeps, every flow but urgent help and
     * erasure waits behind the consent notice, which remembers the way on.
     */
    private Position consentFirst(Run run, Position position) {
        if (run.state.consented() || dialogs.flow(DialogSet.CONSENT_FLOW) == null || position.in(DialogSet.CONSENT_FLOW)
                || position.in(DialogSet.URGENT_FLOW) || position.in(DialogSet.ERASE_FLOW)) {
            return position;
        }
        run.state = run.state.withProgress(run.state.progress().headingTo(position));
        return Position.Target.startOf(DialogSet.CONSENT_FLOW).from(null, dialogs);
    }

    private void apply(Run run, String name) {
        DialogState state = run.state;
        Action.Result result = actions.get(name).apply(new Action.Context(state.slots(), run.at, run.zone(),
                state.locale(), state.evidence(), dialogs, state.progress().offered()));
        run.setSlots(result.slots());
        run.state = run.state.withEvidence(result.evidence())
                .withProgress(run.state.progress().offering(result.offered()));
    }

    /** Goes somewhere else while keeping the way back to the question the user left. */
    void leaveFor(Run run, Position.Target target) {
        if (run.current() != null) {
            run.state = run.state.pushBack(run.state.where());
        }
        enter(run, target);
    }

    /** Goes on from an answered step: the way back remembers it, the answer is kept in its slot. */
    void advance(Run run, Step step, String value, String target) {
        run.state = run.state.pushBack(run.state.where());
        if (step.ask() != null && value != null) {
            run.state = run.state.withSlot(step.ask().slot(), value);
        }
        enter(run, Position.Target.parse(target));
    }

    /** Goes back to where the user was before this flow (the main menu when they came from nowhere). */
    private void returnFromFlow(Run run) {
        String flow = run.state.flow();
        if (!returnTo(run, previous -> !previous.in(flow))) {
            enter(run, START);
        }
    }

    /** {@code /back}: the step before, its question asked again. */
    void back(Run run) {
        if (!returnTo(run, previous -> true)) {
            run.say("engine.nothing_back");
            promptOrStart(run);
        }
    }

    /**
     * Takes positions off the way back until one that still exists and is {@code wanted}, and asks its question
     * again; false when the way back runs out first.
     */
    private boolean returnTo(Run run, Predicate<Position> wanted) {
        while (!run.state.back().isEmpty()) {
            Optional<Position> previous = run.state.lastBack();
            run.state = run.state.popBack();
            if (previous.isPresent() && wanted.test(previous.get()) && dialogs.step(previous.get()) != null) {
                run.state = run.state.movedTo(previous.get());
                present(run);
                return true;
            }
        }
        return false;
    }

    /** Says the current step again, in full. */
    void present(Run run) {
        Step step = run.current();
        run.state = run.state.citing(step.cite());
        step.say().forEach(run::say);
        if (step.form() != null) {
            forms.prompt(run, step);
        }
        offer(run, step);
    }

    /** Shows the current step's options again, under what was just said (the whole step when nothing was). */
    void prompt(Run run, Step step) {
        if (run.saidNothing() || options.at(run, step).isEmpty()) {
            present(run);
        } else {
            offer(run, step);
        }
    }

    /** Shows the waiting step's options again, or opens the start when the conversation waits nowhere. */
    void promptOrStart(Run run) {
        Step step = run.current();
        if (step == null) {
            enter(run, START);
        } else {
            prompt(run, step);
        }
    }

    /** Shows the step's options under the last reply. */
    void offer(Run run, Step step) {
        run.offer(options.at(run, step));
    }
}
