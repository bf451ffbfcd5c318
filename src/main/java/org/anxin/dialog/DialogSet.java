package org.anxin.dialog;

import java.util.Map;

/**
 * A whole, validated dialogs folder: the flows by id and the messages. By convention the flow {@code start} opens
 * every conversation and its step {@code menu} is the main menu; the flow {@code urgent} is urgent help;
 * files sent in the flow {@code evidence} are kept. The facts
 * are the knowledge base that steps cite.
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
     * What Anxin keeps and why, agreed to before any other flow; its step {@code agreed} records the agreement and
     * goes on to where the user was heading.
     */
    public static final String CONSENT_FLOW = "consent";
    public static final String CONSENT_AGREED = "agreed";
    /** Erasing everything kept about the user, after a confirmation; entering its step {@code done} erases. */
    public static final String ERASE_FLOW = "erase";
    public static final String ERASE_DONE = "done";
    /** Sharing with the counselor who sent the user, withdrawing it, asking for a person (/sharing, 分享设置). */
    public static final String HANDOFF_FLOW = "handoff";
    /** Where /withdraw (撤回分享) goes: the withdrawal, for a user a counselor sent. */
    public static final String HANDOFF_WITHDRAW = "withdraw_now";
    /** The evidence locker: files sent while a conversation is in it are kept. */
    public static final String EVIDENCE_FLOW = "evidence";

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
}
