package org.anxin.dialog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One turn at work: the state as it changes and the replies said so far. The engine's parts take it in turn and
 * leave it changed; it is made for one turn and thrown away, so the parts themselves hold nothing of a conversation.
 * The replies: a message by key in the user's language (the answers fill its placeholders), options attached under
 * the last reply, a picture with the step's last message.
 */
final class Run {

    final DialogSet dialogs;
    final Instant at;
    DialogState state;
    private final List<Reply> replies = new ArrayList<>();
    /** Set when the user confirmed erasing everything: the state is not to be stored. */
    private boolean erase;

    Run(DialogSet dialogs, DialogState state, Instant at) {
        this.dialogs = dialogs;
        this.state = state;
        this.at = at;
    }

    Outcome outcome() {
        return new Outcome(state, replies, erase);
    }

    /** The step the conversation waits at; null before it starts or when the dialogs no longer have it. */
    Step current() {
        return state.started() ? dialogs.step(state.where()) : null;
    }

    ZoneId zone() {
        return ZoneId.of(state.zone());
    }

    /** Everything kept about the user goes: the state starts afresh and is not stored. */
    void erase() {
        erase = true;
        state = DialogState.fresh(state.locale(), state.zone());
    }

    boolean saidNothing() {
        return replies.isEmpty();
    }

    void say(String key) {
        say(key, Map.of());
    }

    /** Says a message; {@code values} and the answers fill its placeholders. */
    void say(String key, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(state.slots());
        all.putAll(values);
        replies.add(Reply.text(text(key, all)));
    }

    /** A message's words in the user's language, filled with {@code values} only. */
    String text(String key, Map<String, String> values) {
        return dialogs.messages().text(state.locale(), key, values);
    }

    void reply(Reply reply) {
        replies.add(reply);
    }

    /** Puts options under the last reply (or under an empty one when nothing was said). */
    void offer(List<Reply.Option> options) {
        if (options.isEmpty()) {
            return;
        }
        if (replies.isEmpty()) {
            replies.add(new Reply("", options));
        } else {
            Reply last = replies.remove(replies.size() - 1);
            replies.add(new Reply(last.text(), options, last.document(), last.picture()));
        }
    }

    /** Shows a picture with the last message, so that its choices still come last. */
    void picture(String kind) {
        Reply last = replies.isEmpty() ? Reply.text("") : replies.remove(replies.size() - 1);
        replies.add(new Reply(last.text(), last.choices(), last.document(), kind));
    }

    /** Applies slot changes; a null value removes the slot. */
    void setSlots(Map<String, String> changes) {
        Map<String, String> slots = new HashMap<>(state.slots());
        changes.forEach((slot, value) -> {
            if (value == null) {
                slots.remove(slot);
            } else {
                slots.put(slot, value);
            }
        });
        state = state.withSlots(slots);
    }

    /** Slot changes as name, value pairs; a null value removes the slot. */
    static Map<String, String> changes(String... pairs) {
        Map<String, String> changes = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            changes.put(pairs[i], pairs[i + 1]);
        }
        return changes;
    }
}
