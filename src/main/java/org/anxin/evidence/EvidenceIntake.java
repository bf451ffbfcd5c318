package org.anxin.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.anxin.conversation.Inbound;
import org.anxin.conversation.TurnResult;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.DialogEngine;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Reply;
import org.anxin.dialog.Incident;
import org.anxin.dialog.UserInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file a user sent, from any channel: kept only while the conversation is in a flow that keeps files (the
 * evidence locker) and within the limits, stored through {@link EvidenceFiles}, then recorded in the locker by a turn. A file the turn did not
 * record is deleted again. Refusals (elsewhere, too big, too many, a failed download) are a kind sentence the
 * channel sends as it is; they change nothing.
 */
public final class EvidenceIntake {

    private static final Logger log = LoggerFactory.getLogger(EvidenceIntake.class);
    /** Why a file was not kept. */
    static final List<String> MESSAGES = List.of("evidence.file_elsewhere", "evidence.file_too_big",
            "evidence.file_too_many", "evidence.file_failed");

    private final TurnService turns;
    private final EvidenceFiles files;
    private final DialogEngine engine;
    private final String zone;

    public EvidenceIntake(TurnService turns, EvidenceFiles files, DialogEngine engine, String zone) {
        this.turns = turns;
        this.files = files;
        this.engine = engine;
        this.zone = zone;
    }

    /** Opens the file's content; called only when the file is wanted and its announced size fits. */
    @FunctionalInterface
    public interface Download {
        InputStream open() throws IOException;
    }

    /** A file as it arrived: where from, its name and type as sent, its size when the channel announces one. */
    public record Incoming(String channel, String chatId, String messageId, String name, String type, Long size,
            Instant at, String localeHint) {

        String conversationId() {
            return channel + ":" + chatId;
        }
    }

    /**
     * What became of a file, with the answer to show: a stored turn that recorded it, or a sentence that says why it
     * was not kept (outside the locker, too big, too many, failed), which changed and stored nothing.
     */
    public sealed interface Received {
        TurnResult result();

        record Turned(TurnResult result) implements Received {
        }

        record Refused(TurnResult result) implements Received {
        }
    }

    /** Checked, stored and recorded within the conversation's turn lock, so no other turn moves it meanwhile. */
    public Received receive(Incoming incoming, Download download) {
        return turns.withTurnLock(incoming.conversationId(), () -> receiveLocked(incoming, download));
    }

    private Received receiveLocked(Incoming incoming, Download download) {
        String conversationId = incoming.conversationId();
        Optional<DialogState> state = turns.state(conversationId);
        if (state.isEmpty() || !engine.dialogs().keepsFiles(state.get().flow())) {
            return refuse(state, incoming, "evidence.file_elsewhere");
        }
        if (incoming.size() != null && incoming.size() > files.limits().maxFileBytes()) {
            return refuse(state, incoming, "evidence.file_too_big");
        }
        Incident.File file;
        try (InputStream content = download.open()) {
            file = files.store(conversationId, incoming.name(), incoming.type(), content, incoming.at());
        } catch (EvidenceFiles.TooBig e) {
            return refuse(state, incoming, "evidence.file_too_big");
        } catch (EvidenceFiles.TooMany e) {
            return refuse(state, incoming, "evidence.file_too_many");
        } catch (IOException | RuntimeException e) {
            log.warn("evidence file from {} could not be received", incoming.channel(), e);
            return refuse(state, incoming, "evidence.file_failed");
        }
        TurnResult result = turns.handle(new Inbound(incoming.channel(), incoming.chatId(), incoming.messageId(),
                new UserInput.Attachment(file), incoming.at(), incoming.localeHint()));
        boolean recorded = turns.state(conversationId).stream().flatMap(s -> s.evidence().stream())
                .flatMap(i -> i.files().stream()).anyMatch(f -> f.ref().equals(file.ref()));
        if (!recorded) {
            files.delete(conversationId, file.ref());
        }
        return new Received.Turned(result);
    }

    /** The sentence that says why a file was not kept, where the conversation waits (nothing changes). */
    private Received refuse(Optional<DialogState> state, Incoming incoming, String key) {
        String locale = state.map(DialogState::locale).orElseGet(() -> engine.newState(incoming.localeHint(), zone).locale());
        String max = key.equals("evidence.file_too_big") ? megabytes(files.limits().maxFileBytes())
                : String.valueOf(files.limits().maxFiles());
        return new Received.Refused(TurnResult.ephemeral(List.of(Reply.text(engine.dialogs().messages().text(locale, key,
                Map.of("max", max)))), state.filter(DialogState::started).map(DialogState::position).orElse(null), locale));
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " B";
    }
}
