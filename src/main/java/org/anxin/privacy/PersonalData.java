package org.anxin.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything kept about one conversation, across every capability that keeps something: to hand over or erase. */
public final class PersonalData {

    private final List<PersonalDataHolder> holders;

    public PersonalData(List<PersonalDataHolder> holders) {
        this.holders = List.copyOf(holders);
    }

    /** Each holder's part by its name, as plain JSON-ready values. */
    public Map<String, Object> export(String conversationId) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (PersonalDataHolder holder : holders) {
            all.put(holder.name(), holder.export(conversationId));
        }
        return all;
    }

    /** Erases every part; a holder that fails does not keep the others from erasing theirs. */
    public void erase(String conversationId) {
        RuntimeException first = null;
        for (PersonalDataHolder holder : holders) {
            try {
                holder.erase(conversationId);
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
