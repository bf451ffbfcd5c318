package org.anxin.conversation;

import org.anxin.dialog.DialogState;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored JSON form of a conversation's state. The document carries its schema version; a state written by a
 * newer Anxin is refused rather than misread; an older one is read into the current schema: schema 1 had no
 * evidence locker, so it reads with an empty one; schemas 1 and 2 kept the engine's progress and the letters made
 * among the answers, which move to their own places ({@link OlderStates}).
 */
final class StateCodec {

    private final JsonMapper json;

    StateCodec(JsonMapper json) {
        this.json = json;
    }

    String write(DialogState state) {
        return json.writeValueAsString(state);
    }

    DialogState read(String text) {
        DialogState state = json.readValue(text, DialogState.class);
        if (state.schema() > DialogState.SCHEMA) {
            throw new IllegalStateException("conversation state has schema " + state.schema()
                    + ", newer than this version of Anxin understands (" + DialogState.SCHEMA + ")");
        }
        return state.schema() < DialogState.SCHEMA ? OlderStates.beforeSchema3(state) : state;
    }
}
