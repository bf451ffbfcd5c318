package org.anxin.dialog;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A file the user sent (already stored by the channel): kept with the latest incident logged, or in a new one when
 * there is none, while the user is in a flow that keeps files ({@link Flow#locker()}); elsewhere the user is told
 * how to keep files and nothing changes.
 */
final class Attachments {

    static final List<String> MESSAGES = List.of("evidence.file_elsewhere", "evidence.file_new", "evidence.file_kept");

    private final DialogSet dialogs;
    private final Navigation navigation;

    Attachments(DialogSet dialogs, Navigation navigation) {
        this.dialogs = dialogs;
        this.navigation = navigation;
    }

    void attach(Run run, Incident.File file) {
        Step step = run.current();
        if (step == null || !dialogs.keepsFiles(run.state.flow())) {
            run.say("evidence.file_elsewhere");
            navigation.promptOrStart(run);
            return;
        }
        ZoneId zone = run.zone();
        List<Incident> incidents = new ArrayList<>(run.state.evidence());
        Incident latest = incidents.stream().max(Comparator.comparingInt(Incident::id)).orElse(null);
        Incident kept;
        if (latest == null) {
            ZonedDateTime received = file.received().atZone(zone);
            String when = new Moment(received.toLocalDate(), received.toLocalTime().withSecond(0).withNano(0), null).slotValue(zone);
            kept = new Incident(1, when, "other", null, null, "", List.of(), List.of(file));
            incidents.add(kept);
        } else {
            // The same file sent twice is recorded once.
            boolean known = latest.files().stream().anyMatch(f -> f.sha256().equals(file.sha256()));
            kept = known ? latest : latest.withFile(file);
            incidents.set(incidents.indexOf(latest), kept);
        }
        run.state = run.state.withEvidence(incidents);
        int n = Incident.inOrder(incidents, zone).indexOf(kept) + 1;
        run.say(latest == null ? "evidence.file_new" : "evidence.file_kept", Map.of("name", file.name(), "n", String.valueOf(n)));
        navigation.prompt(run, step);
    }
}
