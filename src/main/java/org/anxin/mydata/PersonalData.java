package org.anxin.mydata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anxin.conversation.Erasure;
import org.anxin.privacy.PersonalDataHolder;

/** Everything kept about one conversation, across every capability that keeps something: to hand over or erase. */
public final class PersonalData implements Erasure {

    private final List<PersonalDataHolder> holders;

    public PersonalData(List<PersonalDataHolder> holders) {
        // The conversation itself goes last: while it exists, retention finds it again and retries whatever failed.
        this.holders = holders.stream()
                .sorted(java.util.Comparator.comparing((PersonalDataHolder h) -> h.name().equals(PersonalDataHolder.CONVERSATION)))
                .toList();
    }

    /** Each holder's part by its name, as plain JSON-ready values. */
    public Map<String, Object> export(String conversationId) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (PersonalDataHolder holder : holders) {
            all.put(holder.name(), holder.export(conversationId));
        }
        return all;
    }

    /**
     * Erases every part. A holder that fails does not keep the others from erasing theirs, but then the conversation
     * itself is kept and the failure thrown: the user is told it did not work, and retention retries it.
     */
    @Override
    public void eraseAll(String conversationId) {
        RuntimeException first = null;
        for (PersonalDataHolder holder : holders) {
            if (first != null && holder.name().equals(PersonalDataHolder.CONVERSATION)) {
                break;
            }
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
