package org.anxin.conversation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Position;
import org.anxin.dialog.Progress;

/**
 * Reads a state stored before schema 3, when the engine kept its progress and the letters made among the answers,
 * under slot names beginning with an underscore. Each such slot moves to its typed place; the answers keep only
 * answers. Written once for the stored forms, never changed: new versions add a step here, they do not edit this one.
 */
final class OlderStates {

    private static final String CONSENT_THEN = "_consent.then";
    private static final String FORM_EDITING = "_form.editing";
    private static final String FORM_CHOOSING = "_form.choosing";
    private static final String FORM_COLLECTING = "_form.collecting";
    private static final String GROUP = "group:";
    private static final String GUESSES = "_guess";
    private static final String LANGUAGE_CHOSEN = "_lang.chosen";
    private static final String SAFETY_DECLINED = "_safety.declined";
    private static final String LETTERS_MADE = "_letters.made";
    /** What the evidence locker offered a letter field, by {@code _locker.<slot>}. */
    private static final String OFFERED_BY_LOCKER = "_locker.";

    private OlderStates() {
    }

    /** The state in schema 3's shape: the engine's progress and the letters made out of the slots. */
    static DialogState beforeSchema3(DialogState older) {
        Map<String, String> slots = new LinkedHashMap<>();
        Map<String, String> own = new HashMap<>();
        older.slots().forEach((slot, value) -> (slot.startsWith("_") ? own : slots).put(slot, value));
        if (own.isEmpty()) {
            return older.upgraded();
        }
        Map<String, String> offered = new HashMap<>();
        own.forEach((slot, value) -> {
            if (slot.startsWith(OFFERED_BY_LOCKER)) {
                offered.put(slot.substring(OFFERED_BY_LOCKER.length()), value);
            }
        });
        // Any other underscore slot (a mark of an early version, such as _form.skipped.<field>) meant nothing to the
        // version that stored it either, and is left behind.
        Progress progress = new Progress(Position.parse(own.get(CONSENT_THEN)).orElse(null), form(own),
                guesses(own.get(GUESSES)), offered, "yes".equals(own.get(LANGUAGE_CHOSEN)),
                "yes".equals(own.get(SAFETY_DECLINED)));
        return new DialogState(DialogState.SCHEMA, older.locale(), older.zone(), older.flow(), older.step(), slots,
                older.back(), older.cited(), older.consent(), older.evidence(), letters(own.get(LETTERS_MADE)), progress);
    }

    /** {@code _form.choosing} was "1" while choosing among all fields, {@code group:<name>} within one group. */
    private static Progress.FormState form(Map<String, String> own) {
        String choosing = own.get(FORM_CHOOSING);
        String group = choosing != null && choosing.startsWith(GROUP) ? choosing.substring(GROUP.length()) : null;
        return new Progress.FormState(choosing != null, group, own.get(FORM_EDITING), own.get(FORM_COLLECTING));
    }

    /** Comma-separated intent ids. */
    private static List<String> guesses(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** One line per kind, {@code <kind> <ISO instant it was last made>}, in the order first made. */
    private static List<DialogState.Letter> letters(String value) {
        List<DialogState.Letter> letters = new ArrayList<>();
        if (value == null) {
            return letters;
        }
        for (String line : value.split("\n")) {
            String[] parts = line.strip().split(" ", 2);
            if (parts.length == 2) {
                try {
                    letters.add(new DialogState.Letter(parts[0], Instant.parse(parts[1])));
                } catch (DateTimeParseException unreadable) {
                    // never written by Anxin: left out, as the summary that read it left it out
                }
            }
        }
        return letters;
    }
}
