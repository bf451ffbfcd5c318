package org.anxin.conversation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.anxin.privacy.PersonalDataHolder;
import tools.jackson.databind.json.JsonMapper;

/** The conversation's own part of what is kept: its state (answers, evidence, consent) and the rows tied to it. */
final class ConversationData implements PersonalDataHolder {

    private final ConversationStore store;
    private final JsonMapper json;

    ConversationData(ConversationStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public String name() {
        return PersonalDataHolder.CONVERSATION;
    }

    @Override
    public Map<String, Object> export(String conversationId) {
        Map<String, Object> kept = new LinkedHashMap<>();
        store.load(conversationId).ifPresent(c -> kept.put("state", json.convertValue(c.state(), Map.class)));
        return kept;
    }

    @Override
    public void erase(String conversationId) {
        store.erase(conversationId);
    }
}
