package org.anxin.counselor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.BuiltInActions;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Document;
import org.anxin.letter.ChatLetters;

/**
 * What a counselor may see of the borrowers they sent: the drafts shared with them, rendered now from each
 * conversation's current answers (so a withdrawn share, or answers cleared, show nothing), and the requests for a
 * person. Never the chat itself, and never a conversation's id: the console names a draft by its share.
 */
final class SharedDrafts {

    static final String EVIDENCE_LIST = "evidence-list";

    private final HandoffRecords records;
    private final TurnService turns;
    private final ChatLetters letters;

    SharedDrafts(HandoffRecords records, TurnService turns, ChatLetters letters) {
        this.records = records;
        this.turns = turns;
        this.letters = letters;
    }

    /** A shared draft as shown: the letter's text, the evidence list's when it can be made, and their kind. */
    record Draft(String ref, String handoffId, String letterKind, Instant sharedAt, String letter, String evidence) {
    }

    record Request(String handoffId, Instant requestedAt, Draft draft) {
    }

    List<Draft> drafts(String counselorId, Instant now) {
        return drafts(records.activeShares(counselorId), now);
    }

    private List<Draft> drafts(List<HandoffRecords.Share> shares, Instant now) {
        List<Draft> drafts = new ArrayList<>();
        for (HandoffRecords.Share share : shares) {
            DialogState state = turns.state(share.conversationId()).orElse(null);
            if (state == null || !state.slots().containsKey(BuiltInActions.SHARED)) {
                continue;
            }
            String letter = share.letterKind() == null ? null : text(share.letterKind(), state, now);
            String evidence = EVIDENCE_LIST.equals(share.letterKind()) ? null : text(EVIDENCE_LIST, state, now);
            if (letter != null || evidence != null) {
                drafts.add(new Draft(share.ref(), share.handoffId(), share.letterKind(), share.sharedAt(), letter, evidence));
            }
        }
        return drafts;
    }

    List<Request> requests(String counselorId, Instant now) {
        return shared(counselorId, now).requests();
    }

    /** What the console shows a counselor: the shared drafts, and requests for a person with the drafts they go with. */
    record Shared(List<Draft> drafts, List<Request> requests) {
    }

    /** The drafts rendered once, for both lists. */
    Shared shared(String counselorId, Instant now) {
        List<HandoffRecords.Share> shares = records.activeShares(counselorId);
        List<Draft> drafts = drafts(shares, now);
        Map<String, Draft> byRef = drafts.stream().collect(Collectors.toMap(Draft::ref, d -> d));
        Map<String, Draft> byConversation = new HashMap<>();
        shares.forEach(s -> {
            if (byRef.containsKey(s.ref())) {
                byConversation.put(s.conversationId(), byRef.get(s.ref()));
            }
        });
        List<Request> requests = records.personRequests(counselorId).stream()
                .map(r -> new Request(r.handoffId(), r.requestedAt(), byConversation.get(r.conversationId()))).toList();
        return new Shared(drafts, requests);
    }

    private String text(String kind, DialogState state, Instant now) {
        try {
            ChatLetters.Prepared prepared = letters.prepare(new Document(kind, state.locale()), state, now);
            return prepared instanceof ChatLetters.Prepared.Ready ready ? ready.text() : null;
        } catch (RuntimeException notMadeYet) {
            return null;
        }
    }
}
