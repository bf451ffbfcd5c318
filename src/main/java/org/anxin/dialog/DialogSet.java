package org.anxin.dialog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A whole, validated dialogs folder: the flows by id and the messages. The facts are the knowledge base that steps
 * cite.
 * <p>
 * The engine names only the flows it cannot do without, here and nowhere else: {@code start} opens every
 * conversation and its step {@code menu} is the main menu; {@code urgent} is urgent help, reachable from any step,
 * with the direct question at {@code check}, whose "no" leads to {@code declined}; {@code consent} stands before
 * every other flow; {@code erase} erases everything. What other flows do that the engine must know of is said in the flows themselves: a flow marked
 * {@code locker: true} keeps the files sent while in it ({@link Flow#locker()}), and a step marked
 * {@code command: sharing} is where {@code /sharing} and its words lead ({@link Step#command()}).
 */
public record DialogSet(Map<String, Flow> flows, Messages messages, Map<String, Fact> facts, Map<String, Form> forms) {

    public static final String START_FLOW = "start";
    public static final String MENU_STEP = "menu";
    /** The main menu: {@code /menu} and every "back to the menu" lead here. */
    public static final Position MAIN_MENU = new Position(START_FLOW, MENU_STEP);
    public static final String URGENT_FLOW = "urgent";
    /** The step of urgent help that asks directly whether the user thinks of hurting themselves. */
    public static final String SAFETY_CHECK = "check";
    /** Where an uncertain sign of distress leads: the direct question. */
    public static final Position URGENT_CHECK = new Position(URGENT_FLOW, SAFETY_CHECK);
    /**
     * The step of urgent help the "no" to the direct question leads to; entering it records that answer, so that an
     * uncertain sign is not asked about again.
     */
    public static final String SAFETY_DECLINED = "declined";
    /**
     * What Anxin keeps and why, agreed to before any other flow; its step {@code agreed} records the agreement and
     * goes on to where the user was heading.
     */
    public static final String CONSENT_FLOW = "consent";
    public static final String CONSENT_AGREED = "agreed";
    /** Erasing everything kept about the user, after a confirmation; entering its step {@code done} erases. */
    public static final String ERASE_FLOW = "erase";
    public static final String ERASE_DONE = "done";

    public DialogSet {
        flows = Map.copyOf(flows);
        facts = Map.copyOf(facts);
        forms = Map.copyOf(forms);
    }

    public Flow flow(String id) {
        return flows.get(id);
    }

    /** The step at a position; null when its flow or step is not there (content changed since it was stored). */
    public Step step(Position position) {
        Flow flow = position == null ? null : flows.get(position.flow());
        return flow == null ? null : flow.step(position.step());
    }

    /** Whether files sent while in this flow are kept in the evidence locker. */
    public boolean keepsFiles(String flowId) {
        Flow flow = flowId == null ? null : flows.get(flowId);
        return flow != null && flow.locker();
    }

    /** The steps that content commands lead to ({@code command: name}), by command name, in file order. */
    public Map<String, Position> commands() {
        Map<String, Position> commands = new LinkedHashMap<>();
        for (Flow flow : flows.values()) {
            flow.steps().values().stream().filter(s -> s.command() != null)
                    .forEach(s -> commands.putIfAbsent(s.command(), new Position(flow.id(), s.id())));
        }
        return commands;
    }
}
