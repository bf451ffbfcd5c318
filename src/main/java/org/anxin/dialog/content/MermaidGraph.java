package org.anxin.dialog.content;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.anxin.dialog.Branch;
import org.anxin.dialog.Choice;
import org.anxin.dialog.Condition;
import org.anxin.dialog.DialogSet;
import org.anxin.dialog.Flow;
import org.anxin.dialog.Position;
import org.anxin.dialog.Step;

/** Draws flows as Mermaid flowcharts, which GitHub and most Markdown viewers render as diagrams. */
public final class MermaidGraph {

    private static final int LABEL_LENGTH = 36;

    private MermaidGraph() {
    }

    /** One flow, step by step: each step with the start of what it says, each way on with its label. */
    public static String flow(DialogSet set, Flow flow, String locale) {
        StringBuilder out = new StringBuilder("flowchart TD\n");
        Set<String> elsewhere = new LinkedHashSet<>();
        for (Step step : flow.steps().values()) {
            String said = step.say().isEmpty() ? "" : "<br/>" + shorten(set.messages().text(locale, step.say().get(0), Map.of()));
            out.append("  ").append(node(flow.id(), step.id())).append("[\"").append(step.id()).append(escape(said)).append("\"]\n");
        }
        for (Step step : flow.steps().values()) {
            String from = node(flow.id(), step.id());
            for (Choice choice : step.choices()) {
                String label = choice.label() == null ? "" : shorten(set.messages().text(locale, choice.label(), Map.of()));
                edge(out, from, target(flow, choice.target() != null ? choice.target() : step.next(), elsewhere), label);
            }
            for (Branch branch : step.branches()) {
                edge(out, from, target(flow, branch.target(), elsewhere), branch.when() == null ? "else" : describe(branch.when()));
            }
            if (step.next() != null && (step.ask() != null || !step.waits())) {
                edge(out, from, target(flow, step.next(), elsewhere), step.ask() != null ? step.ask().slot() : "");
            }
        }
        for (String other : elsewhere) {
            out.append("  ").append(other.replace(':', '_').replace("-", "_")).append("([\"").append(other).append("\"])\n");
        }
        return out.toString();
    }

    /** The whole journey at the level of flows: which flow leads to which. */
    public static String journey(DialogSet set) {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        Set<String> edges = new LinkedHashSet<>();
        for (Flow flow : set.flows().values()) {
            for (Step step : flow.steps().values()) {
                step.choices().stream().map(Choice::target).forEach(t -> addFlowEdge(edges, flow.id(), t));
                step.branches().stream().map(Branch::target).forEach(t -> addFlowEdge(edges, flow.id(), t));
                addFlowEdge(edges, flow.id(), step.next());
            }
        }
        edges.forEach(e -> out.append("  ").append(e).append('\n'));
        return out.toString();
    }

    private static void addFlowEdge(Set<String> edges, String from, String target) {
        Position.Target to = Position.Target.parse(target);
        if (to != null && to.namesFlow() && !to.flow().equals(from)) {
            edges.add(from + " --> " + to.flow());
        }
    }

    private static String target(Flow flow, String target, Set<String> elsewhere) {
        if (target == null) {
            return "missing";
        }
        Position.Target to = Position.Target.parse(target);
        if (!to.namesFlow() || to.flow().equals(flow.id()) && to.step() != null) {
            return node(flow.id(), to.step());
        }
        elsewhere.add(target);
        return target.replace(':', '_').replace("-", "_");
    }

    private static void edge(StringBuilder out, String from, String to, String label) {
        out.append("  ").append(from).append(label.isEmpty() ? " --> " : " -->|\"" + escape(label) + "\"| ").append(to).append('\n');
    }

    private static String node(String flow, String step) {
        return (flow + "_" + step).replace("-", "_").replace('.', '_');
    }

    private static String describe(Condition condition) {
        return condition.slot() + " " + condition.op().name().toLowerCase(java.util.Locale.ROOT)
                + (condition.values().isEmpty() ? "" : " " + String.join(",", condition.values()));
    }

    private static String shorten(String text) {
        return text.length() <= LABEL_LENGTH ? text : text.substring(0, LABEL_LENGTH) + "…";
    }

    private static String escape(String text) {
        return text.replace("\"", "#quot;").replace("\n", " ");
    }
}
