package org.anxin.dialog.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anxin.dialog.Action;
import org.anxin.dialog.Branch;
import org.anxin.dialog.Choice;
import org.anxin.dialog.DialogSet;
import org.anxin.dialog.Flow;
import org.anxin.dialog.Form;
import org.anxin.dialog.Position;
import org.anxin.dialog.Step;

/**
 * The dialogs as a graph of steps, for the checks that follow paths: every step reachable, no circle without
 * waiting, and the slots collected on every path into a step. A step's edges carry the slots that taking them proves
 * collected (its question's, its choice's {@code set}, its action's writes, a condition that tests a slot is set).
 */
final class FlowGraph {

    private final DialogSet set;
    private final Map<String, Action> actions;
    /** Every step, in file order. */
    final Map<Position, Step> steps = new LinkedHashMap<>();
    /** Where the user can land without a path: each flow's start, the steps commands lead to, the safety question. */
    final Set<Position> entries = new LinkedHashSet<>();

    FlowGraph(DialogSet set, Map<String, Action> actions) {
        this.set = set;
        this.actions = actions;
        set.flows().values().forEach(f -> f.steps().values().forEach(s -> steps.put(new Position(f.id(), s.id()), s)));
        set.flows().values().stream().filter(f -> f.step(f.start()) != null)
                .forEach(f -> entries.add(new Position(f.id(), f.start())));
        // A command goes straight to its step (撤回分享 / stop sharing).
        set.commands().values().stream().filter(p -> set.step(p) != null).forEach(entries::add);
        if (set.step(DialogSet.URGENT_CHECK) != null) {
            // The engine opens it when a typed message might show distress.
            entries.add(DialogSet.URGENT_CHECK);
        }
    }

    /** The position a target names from a flow, or null if it names nothing. */
    Position position(Flow from, String target) {
        Position.Target parsed = Position.Target.parse(target);
        Position position = parsed == null ? null : parsed.from(from.id(), set);
        return position == null || set.step(position) == null ? null : position;
    }

    /** Outgoing edges of a step: target position and the slots that the edge proves collected. */
    List<Map.Entry<Position, Set<String>>> edges(Position at) {
        Flow flow = set.flow(at.flow());
        Step step = steps.get(at);
        List<Map.Entry<Position, Set<String>>> edges = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        if (step.ask() != null && step.ask().slot() != null) {
            answered.add(step.ask().slot());
        }
        if (step.action() != null && actions.containsKey(step.action())) {
            answered.addAll(actions.get(step.action()).writes());
        }
        for (Choice choice : step.choices()) {
            Set<String> picked = new HashSet<>(answered);
            picked.addAll(choice.set().keySet());
            addEdge(edges, flow, choice.target() != null ? choice.target() : step.next(), picked);
        }
        if (step.form() != null && set.forms().containsKey(step.form())) {
            set.forms().get(step.form()).fields().stream().filter(Form.Field::required).forEach(f -> answered.add(f.slot()));
        }
        if (step.ask() != null || step.form() != null || !step.waits()) {
            addEdge(edges, flow, step.next(), answered);
        }
        for (Branch branch : step.branches()) {
            Set<String> proven = new HashSet<>(answered);
            if (branch.when() != null && branch.when().provesSet()) {
                proven.add(branch.when().slot());
            }
            addEdge(edges, flow, branch.target(), proven);
        }
        return edges;
    }

    private void addEdge(List<Map.Entry<Position, Set<String>>> edges, Flow flow, String target, Set<String> slots) {
        Position position = target == null ? null : position(flow, target);
        if (position != null) {
            edges.add(Map.entry(position, slots));
        }
    }

    /** The steps no path from an entry reaches. */
    List<Position> unreachable() {
        Set<Position> seen = new HashSet<>(entries);
        Deque<Position> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            for (var edge : edges(queue.poll())) {
                if (seen.add(edge.getKey())) {
                    queue.add(edge.getKey());
                }
            }
        }
        return steps.keySet().stream().filter(p -> !seen.contains(p)).toList();
    }

    /** Each circle of steps that never wait: the step it closes at, and the path around it. */
    List<Map.Entry<Step, String>> silentLoops() {
        List<Map.Entry<Step, String>> loops = new ArrayList<>();
        Set<Position> done = new HashSet<>();
        for (Position position : steps.keySet()) {
            findSilentLoop(position, new LinkedHashSet<>(), done, loops);
        }
        return loops;
    }

    private void findSilentLoop(Position position, LinkedHashSet<Position> path, Set<Position> done,
            List<Map.Entry<Step, String>> loops) {
        Step step = steps.get(position);
        if (step == null || step.waits() || done.contains(position)) {
            return;
        }
        if (!path.add(position)) {
            loops.add(Map.entry(step, path.toString()));
            return;
        }
        for (var edge : edges(position)) {
            findSilentLoop(edge.getKey(), path, done, loops);
        }
        path.remove(position);
        done.add(position);
    }

    /**
     * A forward "must" analysis: the slots collected on every path into each step. Each entry counts as reached with
     * nothing collected, because links and the menu can open any flow fresh; {@code filled} are slots filled from
     * outside any flow.
     */
    Map<Position, Set<String>> collectedBefore(Set<String> filled) {
        Set<String> universe = new HashSet<>(filled);
        steps.values().forEach(s -> {
            if (s.ask() != null && s.ask().slot() != null) {
                universe.add(s.ask().slot());
            }
            s.choices().forEach(c -> universe.addAll(c.set().keySet()));
        });
        actions.values().forEach(a -> universe.addAll(a.writes()));
        Map<Position, Set<String>> in = new HashMap<>();
        steps.keySet().forEach(p -> in.put(p, entries.contains(p) ? new HashSet<>() : new HashSet<>(universe)));
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<Position, Set<String>> incoming = new HashMap<>();
            for (Position node : steps.keySet()) {
                for (var edge : edges(node)) {
                    Set<String> out = new HashSet<>(in.get(node));
                    out.addAll(edge.getValue());
                    incoming.merge(edge.getKey(), out, (a, b) -> {
                        a.retainAll(b);
                        return a;
                    });
                }
            }
            for (Position position : steps.keySet()) {
                Set<String> next = new HashSet<>(incoming.getOrDefault(position, universe));
                if (entries.contains(position)) {
                    next.clear();
                }
                if (!next.equals(in.get(position))) {
                    in.put(position, next);
                    changed = true;
                }
            }
        }
        return in;
    }
}
