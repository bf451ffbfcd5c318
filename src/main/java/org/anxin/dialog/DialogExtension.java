package org.anxin.dialog;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What a capability adds to the dialogs, the one way it plugs into the engine: the actions steps may run by name
 * ({@code do: plan.afford}), the messages its code says (every locale must have them), the pictures steps may show
 * ({@code picture: plan-chart}) and the slots it fills from outside any flow (counted as collected by the
 * validator). The engine names no capability; whoever builds an engine and checks a dialogs folder passes the same
 * extensions to both ({@link DialogEngine}, {@code DialogValidator}), and {@link Extensions} puts them together.
 * Like the engine, what an extension offers is pure: its actions read a {@link Action.Context} and return changes.
 */
public interface DialogExtension {

    /** Who it is, as a problem names it: "the plan", "the evidence locker". */
    String name();

    /** The actions it offers to {@code do:}, by name. */
    default Map<String, Action> actions() {
        return Map.of();
    }

    /** The message keys its code says, which every locale must have. */
    default Set<String> messageKeys() {
        return Set.of();
    }

    /** The picture kinds it draws for {@code picture:}. */
    default Set<String> pictureKinds() {
        return Set.of();
    }

    /** Slots it fills from outside any flow, which flows may read without collecting them. */
    default Set<String> fills() {
        return Set.of();
    }

    /** An extension that only says messages: a channel's, a letter's. */
    static DialogExtension saying(String name, Collection<String> keys) {
        Set<String> copy = Set.copyOf(keys);
        return new DialogExtension() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<String> messageKeys() {
                return copy;
            }
        };
    }
}
