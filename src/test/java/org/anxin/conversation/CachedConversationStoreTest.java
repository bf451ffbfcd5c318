package org.anxin.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Incident;
import org.junit.jupiter.api.Test;

/** The cache in front of the store: never trusted over the stored version, and bounded by the states' size. */
class CachedConversationStoreTest {

    private final Map<String, StoredConversation> stored = new ConcurrentHashMap<>();
    private final AtomicInteger fullLoads = new AtomicInteger();
    private final ConversationStore durable = mock(ConversationStore.class);

    CachedConversationStoreTest() {
        when(durable.load(anyString())).thenAnswer(call -> {
            fullLoads.incrementAndGet();
            return Optional.ofNullable(stored.get(call.<String>getArgument(0)));
        });
        when(durable.version(anyString())).thenAnswer(call ->
                Optional.ofNullable(stored.get(call.<String>getArgument(0))).map(StoredConversation::version));
    }

    private static DialogState state(int incidents) {
        List<Incident> evidence = new ArrayList<>();
        for (int i = 1; i <= incidents; i++) {
            evidence.add(new Incident(i, "2026-11-0" + (i % 9 + 1), "电话", null, "催收员", "半夜打电话威胁说要上门".repeat(20),
                    List.of("threat"), List.of()));
        }
        DialogState f = DialogState.fresh("zh-CN", "Asia/Shanghai");
        return new DialogState(f.schema(), f.locale(), f.zone(), f.flow(), f.step(), Map.of("plan.owed", "35000"),
                f.back(), f.cited(), f.consent(), evidence, f.letters(), f.progress());
    }

    @Test
    void aHotConversationIsServedFromMemoryOnlyWhileItsStoredVersionIsTheSame() {
        stored.put("c1", new StoredConversation("c1", state(0), 4));
        CachedConversationStore cache = new CachedConversationStore(durable, 1_000_000);

        cache.load("c1");
        cache.load("c1");
        assertThat(fullLoads).as("read once, then served from memory").hasValue(1);

        stored.put("c1", new StoredConversation("c1", state(1), 5));
        assertThat(cache.load("c1").orElseThrow().version()).as("another node's turn is seen at once").isEqualTo(5);

        stored.remove("c1");
        assertThat(cache.load("c1")).as("another node's erasure is seen at once").isEmpty();
    }

    @Test
    void theCacheHoldsWhatFitsItsMemoryNotACount() {
        int greeting = StateWeight.of(state(0));
        int record = StateWeight.of(state(30));
        assertThat(record).as("a long evidence record weighs more than a greeting").isGreaterThan(greeting * 20);

        CachedConversationStore cache = new CachedConversationStore(durable, 10L * record);
        for (int i = 0; i < 200; i++) {
            stored.put("record" + i, new StoredConversation("record" + i, state(30), 1));
            cache.load("record" + i);
        }
        fullLoads.set(0);
        for (int i = 0; i < 200; i++) {
            cache.load("record" + i);
        }
        assertThat(fullLoads.get()).as("room for about ten of these: the rest are read from the store again")
                .isGreaterThan(180);

        CachedConversationStore same = new CachedConversationStore(durable, 10L * record);
        for (int i = 0; i < 200; i++) {
            stored.put("hello" + i, new StoredConversation("hello" + i, state(0), 1));
            same.load("hello" + i);
        }
        fullLoads.set(0);
        for (int i = 0; i < 200; i++) {
            same.load("hello" + i);
        }
        assertThat(fullLoads.get()).as("the same memory holds far more small conversations").isLessThan(100);
    }
}
