package org.anxin.evidence;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.anxin.dialog.Action;
import org.anxin.dialog.DialogExtension;

/**
 * The evidence locker in the dialogs: its actions ({@link LockerActions}) and what its code says, in the chat (the
 * lists and counts, why a file was not kept) and in letters (the timeline and the evidence list).
 */
public final class EvidenceExtension implements DialogExtension {

    private static final Set<String> MESSAGES = Set.copyOf(Stream.of(LockerActions.MESSAGES, LetterEvidence.MESSAGES,
            EvidenceIntake.MESSAGES).flatMap(java.util.List::stream).toList());

    @Override
    public String name() {
        return "the evidence locker";
    }

    @Override
    public Map<String, Action> actions() {
        return LockerActions.all();
    }

    @Override
    public Set<String> messageKeys() {
        return MESSAGES;
    }
}
