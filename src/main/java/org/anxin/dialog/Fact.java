package org.anxin.dialog;

import java.util.List;
import java.util.Map;

/**
 * One entry of the knowledge base: a complaint channel, a legal basis or a lender type, in the users' languages,
 * with where it comes from and when that was last checked. Steps that state a fact cite it, so a user can ask why.
 */
public record Fact(
        String id,
        String kind,
        Map<String, String> title,
        Map<String, String> text,
        List<String> lenderTypes,
        String source,
        String checked,
        SourceRef at) {

    public Fact {
        title = Map.copyOf(title);
        text = Map.copyOf(text);
        lenderTypes = List.copyOf(lenderTypes);
    }
}
