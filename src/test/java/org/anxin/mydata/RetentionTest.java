package org.anxin.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.anxin.AnxinSpringTest;
import org.anxin.conversation.ConversationStore;
import org.anxin.conversation.Inbound;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.UserInput;
import org.anxin.privacy.PersonalDataHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Conversations untouched for the retention period are erased with everything tied to them; others stay. */
@AnxinSpringTest
class RetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");

    @Autowired
    TurnService turns;
    @Autowired
    ConversationStore store;
    @Autowired
    PersonalData personalData;
    @Autowired
    List<String> erasedElsewhere;

    @Test
    void onlyConversationsUntouchedForTheRetentionPeriodAreErasedAndEverywhere() {
        talk("old", NOW.minus(Duration.ofDays(91)));
        talk("recent", NOW.minus(Duration.ofDays(89)));
        talk("both-old-and-new", NOW.minus(Duration.ofDays(200)));
        talk("both-old-and-new", NOW.minus(Duration.ofDays(1)));

        Retention retention = new Retention(store, turns, Duration.ofDays(90), Clock.fixed(NOW, ZoneOffset.UTC),
                org.anxin.cluster.NodeLeases.onlyNode());

        assertThat(retention.eraseExpired()).isEqualTo(1);
        assertThat(store.load("terminal:old")).isEmpty();
        assertThat(store.load("terminal:recent")).isPresent();
        assertThat(store.load("terminal:both-old-and-new")).as("touched yesterday").isPresent();
        assertThat(erasedElsewhere).containsExactly("terminal:old");
        assertThat(retention.eraseExpired()).as("a second run finds nothing more").isZero();
    }

    @Test
    void aConversationThatFailsToEraseIsKeptForTheNextRunAndDoesNotStopTheOthers() {
        erasedElsewhere.clear();
        talk("broken", NOW.minus(Duration.ofDays(300)));
        talk("old-too", NOW.minus(Duration.ofDays(95)));
        Retention retention = new Retention(store, turns, Duration.ofDays(90), Clock.fixed(NOW, ZoneOffset.UTC),
                org.anxin.cluster.NodeLeases.onlyNode());

        assertThat(retention.eraseExpired()).isEqualTo(1);

        assertThat(store.load("terminal:old-too")).isEmpty();
        assertThat(erasedElsewhere).containsExactly("terminal:old-too");
        assertThat(store.load("terminal:broken")).as("kept, so the next run tries again").isPresent();
    }

    private void talk(String user, Instant at) {
        turns.handle(new Inbound("terminal", user, null, new UserInput.Text("1"), at, "zh-CN"));
    }

    @TestConfiguration
    static class AnotherCapability {

        @Bean
        List<String> erasedElsewhere() {
            return new CopyOnWriteArrayList<>();
        }

        /** Something kept outside the conversation's state, like evidence files or shares. */
        @Bean
        PersonalDataHolder somethingElseKept(List<String> erasedElsewhere) {
            return new PersonalDataHolder() {
                @Override
                public String name() {
                    return "test-files";
                }

                @Override
                public Map<String, Object> export(String conversationId) {
                    return Map.of();
                }

                @Override
                public void erase(String conversationId) {
                    if (conversationId.contains("broken")) {
                        throw new IllegalStateException("the disk is full");
                    }
                    erasedElsewhere.add(conversationId);
                }
            };
        }
    }
}
