package org.anxin.counselor;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.anxin.conversation.StartLinks;
import org.anxin.dialog.UserInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens hand-off links for the conversation layer: the facts a counselor gave become the slots the flows read. */
final class HandoffStartLinks implements StartLinks {

    private static final Logger log = LoggerFactory.getLogger(HandoffStartLinks.class);

    private final Handoffs handoffs;
    private final Counselors counselors;

    HandoffStartLinks(Handoffs handoffs, Counselors counselors) {
        this.handoffs = handoffs;
        this.counselors = counselors;
    }

    @Override
    public Optional<UserInput.Referral> open(String token, String conversationId, Instant at) {
        // A disabled account's links are withdrawn with it; the check here only covers a link opened meanwhile.
        Optional<UserInput.Referral> referral = handoffs.open(token, conversationId, at).flatMap(h ->
                counselors.find(h.counselorId()).filter(c -> !c.disabled())
                        .map(c -> new UserInput.Referral(h.flow(), facts(h), c.organisation(), h.note())));
        log.info("hand-off link opened: {}", referral.isPresent() ? "valid" : "not valid");
        return referral;
    }

    private static Map<String, String> facts(Handoff handoff) {
        Map<String, String> facts = new HashMap<>();
        if (handoff.lenderName() != null) {
            facts.put("lender.name", handoff.lenderName());
        }
        if (handoff.lenderType() != null) {
            facts.put("lender.type", handoff.lenderType());
        }
        return facts;
    }
}
