package org.anxin.dialog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The engine's own built-ins and the extensions given, put together in one place, so that the engine and the
 * validator agree on what a dialogs folder may use. An action offered twice is refused when they are put together,
 * not found out in a conversation.
 */
public final class Extensions {

    private final List<DialogExtension> all;
    private final Map<String, Action> actions = new HashMap<>();

    private Extensions(List<DialogExtension> all) {
        this.all = List.copyOf(all);
        Map<String, String> offeredBy = new HashMap<>();
        for (DialogExtension extension : this.all) {
            extension.actions().forEach((name, action) -> {
                String earlier = offeredBy.putIfAbsent(name, extension.name());
                if (earlier != null) {
                    throw new IllegalArgumentException("action '" + name + "' is offered by " + earlier + " and by "
                            + extension.name());
                }
                actions.put(name, action);
            });
        }
    }

    /** The engine's built-ins first, then {@code given}. */
    public static Extensions of(List<DialogExtension> given) {
        List<DialogExtension> all = new ArrayList<>();
        all.add(BuiltIns.EXTENSION);
        all.addAll(given);
        return new Extensions(all);
    }

    /** Every action by name. */
    public Map<String, Action> actions() {
        return Map.copyOf(actions);
    }

    /**
     * Every message key said with these dialogs, in order, with the name of the first that says it (for a problem to
     * name): what each extension says, and what the engine says because of the content (a language's name, a form
     * group's, a command's words).
     */
    public Map<String, String> messageKeys(DialogSet dialogs) {
        Map<String, String> keys = new TreeMap<>();
        all.forEach(e -> e.messageKeys().forEach(key -> keys.putIfAbsent(key, e.name())));
        BuiltIns.EXTENSION.messageKeys(dialogs).forEach(key -> keys.putIfAbsent(key, BuiltIns.EXTENSION.name()));
        return keys;
    }

    public Set<String> pictureKinds() {
        Set<String> kinds = new HashSet<>();
        all.forEach(e -> kinds.addAll(e.pictureKinds()));
        return Set.copyOf(kinds);
    }

    public Set<String> fills() {
        Set<String> slots = new HashSet<>();
        all.forEach(e -> slots.addAll(e.fills()));
        return Set.copyOf(slots);
    }
}
