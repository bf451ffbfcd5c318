package org.anxin.evidence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anxin.conversation.TurnObserver;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Incident;
import org.anxin.dialog.Reply;

/**
 * Deletes a file from the store once no incident in the locker refers to it any more (the user deleted its incident), so a
 * deleted record leaves no photo or recording behind and no longer counts against the file limit.
 */
final class UnusedEvidenceFiles implements TurnObserver {

    private final EvidenceFiles files;

    UnusedEvidenceFiles(EvidenceFiles files) {
        this.files = files;
    }

    @Override
    public void committed(String conversationId, DialogState before, DialogState after, List<Reply> replies) {
        if (before == null || before.evidence().isEmpty()) {
            return;
        }
        Set<String> unused = refs(before.evidence());
        unused.removeAll(refs(after.evidence()));
        unused.forEach(ref -> files.delete(conversationId, ref));
    }

    private static Set<String> refs(List<Incident> incidents) {
        Set<String> refs = new HashSet<>();
        incidents.forEach(incident -> incident.files().forEach(file -> refs.add(file.ref())));
        return refs;
    }
}
