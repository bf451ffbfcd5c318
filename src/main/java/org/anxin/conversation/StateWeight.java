package org.anxin.conversation;

import java.util.Map;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Incident;

/**
 * About how many bytes of heap a conversation's state takes, for the cache to be bounded by memory rather than by a
 * count: a conversation with a long evidence record weighs more than one that only said hello. An estimate from the
 * parts that grow (strings at two bytes a character, plus each object's header and references), cheap to compute.
 */
final class StateWeight {

    private static final int STATE = 600;
    private static final int ENTRY = 80;
    private static final int INCIDENT = 400;
    private static final int FILE = 300;

    private StateWeight() {
    }

    static int of(DialogState state) {
        long bytes = STATE;
        for (Map.Entry<String, String> slot : state.slots().entrySet()) {
            bytes += ENTRY + chars(slot.getKey()) + chars(slot.getValue());
        }
        for (String position : state.back()) {
            bytes += ENTRY + chars(position);
        }
        for (String cited : state.cited()) {
            bytes += ENTRY + chars(cited);
        }
        for (Incident incident : state.evidence()) {
            bytes += INCIDENT + chars(incident.when()) + chars(incident.who()) + chars(incident.what())
                    + chars(incident.number()) + chars(incident.channel());
            bytes += (long) incident.labels().size() * ENTRY + (long) incident.files().size() * FILE;
        }
        bytes += (long) state.letters().size() * ENTRY;
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    private static long chars(String text) {
        return text == null ? 0 : 2L * text.length();
    }
}
