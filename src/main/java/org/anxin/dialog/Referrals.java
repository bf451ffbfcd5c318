package org.anxin.dialog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A conversation opened through a counselor's hand-off link: who sent the user, what the counselor already knows,
 * then the chosen flow; or a link that no longer works, said kindly. The organisation is kept in
 * {@link DialogEngine#REFERRAL_ORG}, which only a link fills.
 */
final class Referrals {

    static final List<String> MESSAGES = List.of("handoff.welcome", "handoff.note", "handoff.dead_link");

    private final DialogSet dialogs;
    private final Navigation navigation;

    Referrals(DialogSet dialogs, Navigation navigation) {
        this.dialogs = dialogs;
        this.navigation = navigation;
    }

    void referred(Run run, UserInput.Referral referral) {
        run.state = run.state.clearBack();
        // What the counselor knows arrives as answers; the engine's own progress is apart and cannot be set so.
        Map<String, String> facts = new HashMap<>();
        referral.facts().forEach((slot, value) -> {
            if (value != null && !value.isBlank()) {
                facts.put(slot, value);
            }
        });
        facts.put(DialogEngine.REFERRAL_ORG, referral.organisation());
        run.setSlots(facts);
        run.say("handoff.welcome", Map.of("org", referral.organisation()));
        if (referral.note() != null && !referral.note().isBlank()) {
            run.say("handoff.note", Map.of("note", referral.note()));
        }
        boolean known = referral.flow() != null && dialogs.flow(referral.flow()) != null;
        navigation.enter(run, known ? Position.Target.startOf(referral.flow()) : Navigation.START);
    }

    void deadLink(Run run) {
        run.state = run.state.clearBack();
        run.say("handoff.dead_link");
        navigation.enter(run, Navigation.START);
    }
}
