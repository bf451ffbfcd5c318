package org.anxin.dialog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code /why} (为什么): where the facts just stated come from: each cited entry, its official source and site. */
final class Why {

    static final List<String> MESSAGES = List.of("engine.why_none", "engine.source", "engine.source_site");

    private final DialogSet dialogs;

    Why(DialogSet dialogs) {
        this.dialogs = dialogs;
    }

    void explain(Run run) {
        String locale = run.state.locale();
        List<Fact> facts = run.state.cited().stream().map(id -> dialogs.facts().get(id)).filter(Objects::nonNull).toList();
        if (facts.isEmpty()) {
            run.say("engine.why_none");
        }
        for (Fact fact : facts) {
            run.say(fact.site() == null ? "engine.source" : "engine.source_site", Map.of(
                    "title", fact.title().getOrDefault(locale, ""),
                    "text", fact.text().getOrDefault(locale, ""),
                    "source", fact.source().getOrDefault(locale, ""),
                    "site", fact.site() == null ? "" : fact.site()));
        }
    }
}
