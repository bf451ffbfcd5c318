package org.anxin.dialog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the engine itself stands in a conversation, kept apart from the user's answers: where a user who has not
 * agreed yet was heading ({@code consentThen}, null when nowhere), the open form's state, the needs offered as
 * guesses of what a typed message meant (empty when none are on offer), the answers an action offered on the user's
 * behalf ({@code offered}, by slot: the text it wrote, such as the evidence locker's timeline for a letter, so that
 * it refreshes only a field the user has not changed), whether the user chose the language with /lang, and whether
 * they answered the direct safety question with no. Immutable, like the state that holds it.
 */
public record Progress(
        Position consentThen,
        FormState form,
        List<String> guesses,
        Map<String, String> offered,
        boolean languageChosen,
        boolean safetyDeclined) {

    /** A conversation where the engine is in the middle of nothing. */
    public static final Progress NONE = new Progress(null, FormState.NONE, List.of(), Map.of(), false, false);

    public Progress {
        form = form == null ? FormState.NONE : form;
        guesses = guesses == null ? List.of() : List.copyOf(guesses);
        offered = offered == null ? Map.of() : Map.copyOf(offered);
    }

    /**
     * The open form: whether the user is picking what to change ({@code choosing}, within {@code group} when the form
     * is changed group by group, else null), the field being filled or changed ({@code editing}, a field's name), and
     * the field of several items taking them one message at a time ({@code collecting}). All empty outside a form.
     */
    public record FormState(boolean choosing, String group, String editing, String collecting) {

        public static final FormState NONE = new FormState(false, null, null, null);

        /** Picking what to change, among all fields ({@code group} null) or those of one group. */
        static FormState choosingIn(String group) {
            return new FormState(true, group, null, null);
        }

        /** Filling or changing one field. */
        static FormState editing(String field) {
            return new FormState(false, null, field, null);
        }

        /** Taking the items of a field of several, one message at a time. */
        static FormState collecting(String field) {
            return new FormState(false, null, field, field);
        }
    }

    Progress headingTo(Position position) {
        return new Progress(position, form, guesses, offered, languageChosen, safetyDeclined);
    }

    Progress withForm(FormState state) {
        return new Progress(consentThen, state, guesses, offered, languageChosen, safetyDeclined);
    }

    Progress guessing(List<String> intents) {
        return new Progress(consentThen, form, intents, offered, languageChosen, safetyDeclined);
    }

    /** Applies an action's changes to what is offered: a null text takes the offer back. */
    Progress offering(Map<String, String> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        Map<String, String> next = new HashMap<>(offered);
        changes.forEach((slot, text) -> {
            if (text == null) {
                next.remove(slot);
            } else {
                next.put(slot, text);
            }
        });
        return new Progress(consentThen, form, guesses, next, languageChosen, safetyDeclined);
    }

    Progress choosingLanguage() {
        return new Progress(consentThen, form, guesses, offered, true, safetyDeclined);
    }

    Progress decliningSafetyCheck() {
        return new Progress(consentThen, form, guesses, offered, languageChosen, true);
    }
}
