package org.anxin.dialog;

import java.util.List;

/**
 * What the understanding layer found in one typed message, before the engine steps: how worried to be about the
 * user's safety, and which needs ({@link Intent} ids, most likely first) the words point to. {@code sure} says the
 * first of them is clear enough to go to without asking. The engine acts on a reading and never computes one, so it
 * stays pure and can be tested with fixed findings.
 */
public record Reading(Concern concern, List<String> intents, boolean sure) {

    public static final Reading NOTHING = new Reading(Concern.NONE, List.of(), false);

    public Reading {
        intents = List.copyOf(intents);
        sure = sure && !intents.isEmpty();
    }

    /** How the words bear on the user's safety. */
    public enum Concern {
        /** Nothing that points to self-harm or danger. */
        NONE,
        /** Something might: ask directly and kindly, the way a crisis counselor would. */
        UNSURE,
        /** Thoughts of self-harm or danger from others: urgent help comes first. */
        URGENT;

        /** The graver of two readings, so that a safety net can only add concern. */
        public Concern atLeast(Concern other) {
            return other.ordinal() > ordinal() ? other : this;
        }
    }
}
