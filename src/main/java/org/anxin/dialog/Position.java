package org.anxin.dialog;

import java.util.Optional;

/**
 * Where a conversation waits: a step of a flow. Its written form {@code flow:step} is what buttons carry and what a
 * conversation's way back stores; {@link #parse} is the one place that form is read.
 */
public record Position(String flow, String step) {

    private static final char SEPARATOR = ':';

    public Position {
        if (flow == null || flow.isEmpty() || step == null || step.isEmpty()) {
            throw new IllegalArgumentException("a position needs a flow and a step: " + flow + SEPARATOR + step);
        }
    }

    /** A position from its written form {@code flow:step}; empty for anything else. */
    public static Optional<Position> parse(String text) {
        int colon = text == null ? -1 : text.indexOf(SEPARATOR);
        if (colon <= 0 || colon == text.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Position(text.substring(0, colon), text.substring(colon + 1)));
    }

    /** Whether this position is in {@code flowId}. */
    public boolean in(String flowId) {
        return flow.equals(flowId);
    }

    /** The written form, {@code flow:step}. */
    @Override
    public String toString() {
        return flow + SEPARATOR + step;
    }

    /**
     * A place content sends the user to ({@code goto}, {@code next}, a branch, an intent), as written: {@code step}
     * (in the flow it is written in), {@code flow:} (that flow's start) or {@code flow:step}; or {@link Choice#BACK}.
     * {@code flow} is null for a step of the same flow, {@code step} null for a flow's start.
     */
    public record Target(String flow, String step) {

        /** A flow's start. */
        public static Target startOf(String flow) {
            return new Target(flow, null);
        }

        /** A step of a flow. */
        public static Target to(Position position) {
            return new Target(position.flow(), position.step());
        }

        /** Reads a target as content writes it; null for null. */
        public static Target parse(String text) {
            if (text == null) {
                return null;
            }
            int colon = text.indexOf(SEPARATOR);
            if (colon < 0) {
                return new Target(null, text);
            }
            String step = text.substring(colon + 1);
            return new Target(text.substring(0, colon), step.isEmpty() ? null : step);
        }

        /** Whether it names a flow ({@code flow:} or {@code flow:step}) rather than a step of the same flow. */
        public boolean namesFlow() {
            return flow != null;
        }

        /** Whether it returns to where the user was before the flow ({@link Choice#BACK}). */
        public boolean back() {
            return flow == null && Choice.BACK.equals(step);
        }

        /** Where it leads from {@code fromFlow}, given the flows there are; null when it names no flow there is. */
        public Position from(String fromFlow, DialogSet dialogs) {
            String flowId = flow != null ? flow : fromFlow;
            Flow target = flowId == null ? null : dialogs.flow(flowId);
            if (target == null) {
                return null;
            }
            return new Position(flowId, step != null ? step : target.start());
        }

        /** The written form. */
        @Override
        public String toString() {
            return flow == null ? step : flow + SEPARATOR + (step == null ? "" : step);
        }
    }
}
