package org.anxin.dialog;

import java.util.List;
import java.util.Map;

/**
 * One entry of the knowledge base: a complaint channel, a legal basis or a lender type, in the users' languages.
 * Steps that state a fact cite it, so a user can ask why; letters cite it as a rule breached.
 *
 * @param source what a user sees as the source, per locale: the official title and article, nothing else
 * @param site the official site where the source can be read, or null
 * @param review where a reviewer can re-check the fact; never shown to users or printed into letters
 * @param lenderTypes the lender types the entry applies to; empty when it applies whoever the lender is
 */
public record Fact(
        String id,
        String kind,
        Map<String, String> title,
        Map<String, String> text,
        List<String> lenderTypes,
        Map<String, String> source,
        String site,
        Review review,
        SourceRef at) {

    public Fact {
        title = Map.copyOf(title);
        text = Map.copyOf(text);
        lenderTypes = List.copyOf(lenderTypes);
        source = Map.copyOf(source);
    }

    /** The reviewer's fields: where the fact was read, and the day it was last checked there. */
    public record Review(String note, String checked) {
    }

    /** True when the entry applies to a lender of every one of these types. */
    public boolean appliesToAll(List<String> types) {
        return lenderTypes.isEmpty() || lenderTypes.containsAll(types);
    }
}
