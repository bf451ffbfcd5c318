package org.anxin.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.anxin.dialog.DialogEngine;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Outcome;
import org.anxin.dialog.Reply;
import org.anxin.dialog.Turn;
import org.anxin.dialog.Understanding;
import org.anxin.dialog.UserInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Carries one inbound message through a turn, as one chain: rate limit (a flood is answered without touching the
 * store) → dedupe (a repeated message is answered as before) → lock (one turn at a time per conversation) → load →
 * understand (typed words: distress, what the user needs) → step (the pure engine) → render (what the replies hand
 * over) → commit (state, answer, files and delivery row in one transaction) → notify (the turn observers; the
 * channel then wakes its sender loop). Nothing the user wrote is logged.
 */
public final class TurnService {

    private static final Logger log = LoggerFactory.getLogger(TurnService.class);
    private static final int ATTEMPTS = 3;
    /** Said to a chat that sends faster than its rate limit allows. */
    public static final String SLOW_DOWN = "engine.slow_down";

    private final DialogEngine engine;
    private final ConversationStore store;
    private final TurnLocks locks;
    private final String zone;
    private final Consumer<String> eraser;
    private final Predicate<String> mayTakeTurn;
    private final StartLinks links;
    private final List<TurnObserver> observers;
    private final Understanding understanding;
    private final ReplyRenderer renderer;
    private final TurnMetrics metrics;

    /**
     * {@code eraser} erases everything kept about a conversation, in the store and in every other capability;
     * {@code mayTakeTurn} tells whether a conversation may take another turn now (its rate limit); {@code links}
     * resolves hand-off tokens in {@code /start <token>} (null: a token is an unknown flow like any other);
     * {@code observers} learn of each stored turn; {@code understanding} reads typed text before the engine steps;
     * {@code renderer} makes what the replies hand over (letters, pictures, files), stored with the turn;
     * {@code metrics} counts how each turn ended.
     */
    public TurnService(DialogEngine engine, ConversationStore store, TurnLocks locks, String zone, Consumer<String> eraser,
            Predicate<String> mayTakeTurn, StartLinks links, List<TurnObserver> observers, Understanding understanding,
            ReplyRenderer renderer, TurnMetrics metrics) {
        this.metrics = metrics;
        this.locks = locks;
        this.renderer = renderer;
        this.engine = engine;
        this.store = store;
        this.zone = zone;
        this.eraser = eraser;
        this.mayTakeTurn = mayTakeTurn;
        this.links = links;
        this.observers = List.copyOf(observers);
        this.understanding = understanding;
    }

    /** Erases everything kept about a conversation, one turn at a time with its own messages. */
    public void erase(String conversationId) {
        locks.withLock(conversationId, () -> {
            eraser.accept(conversationId);
            return null;
        });
    }

    /**
     * Runs {@code work} holding the conversation's turn lock, for a capability whose turn needs checks and files
     * before it (the evidence locker); a turn taken inside joins the lock, which is re-entrant.
     */
    public <T> T withTurnLock(String conversationId, java.util.function.Supplier<T> work) {
        return locks.withLock(conversationId, work);
    }

    public TurnResult handle(Inbound inbound) {
        TurnTally tally = new TurnTally(metrics, inbound.channel());
        try {
            return tally.ended(handle(inbound, tally));
        } catch (RuntimeException e) {
            throw tally.failed(e);
        }
    }

    private TurnResult handle(Inbound inbound, TurnTally tally) {
        if (!mayTakeTurn.test(inbound.conversationId())) {
            tally.rateLimited();
            // A flood is answered without loading, locking or storing anything, so it slows nobody else.
            log.info("turn on {} refused: too many messages from one chat", inbound.channel());
            String locale = Optional.ofNullable(engine.dialogs().messages().resolveLocale(inbound.localeHint()))
                    .orElse(engine.dialogs().messages().defaultLocale());
            return TurnResult.ephemeral(List.of(Reply.text(engine.dialogs().messages().text(locale, SLOW_DOWN,
                    java.util.Map.of()))), null, locale);
        }
        Optional<TurnResult> earlier = processed(inbound);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        // Each attempt takes the lock anew: on PostgreSQL the lock is a transaction, and a conflict ends it.
        for (int attempt = 1; ; attempt++) {
            try {
                return locks.withLock(inbound.conversationId(),
                        () -> processed(inbound).orElseGet(() -> tally.taken(take(inbound))));
            } catch (ConcurrentTurnException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                tally.retried();
                log.debug("turn on {} conflicted with another writer, retrying", inbound.channel());
            }
        }
    }

    /** Where a conversation stands, for channels that render what it collected (a letter to download). */
    public Optional<DialogState> state(String conversationId) {
        return store.load(conversationId).map(StoredConversation::state);
    }

    /** Whether a conversation exists, without starting one. */
    public boolean exists(String conversationId) {
        return store.load(conversationId).isPresent();
    }

    private Optional<TurnResult> processed(Inbound inbound) {
        return inbound.messageId() == null ? Optional.empty() : store.processed(inbound.channel(), inbound.messageId());
    }

    private TurnResult take(Inbound inbound) {
        StoredConversation previous = store.load(inbound.conversationId()).orElse(null);
        DialogState state = previous != null ? previous.state() : engine.newState(inbound.localeHint(), zone);
        Outcome outcome = engine.step(state, new Turn(read(linked(inbound), state), inbound.at()));
        if (outcome.erase()) {
            // The user confirmed erasing everything: nothing of this turn is stored either.
            eraser.accept(inbound.conversationId());
            log.info("conversation on {} erased at the user's request", inbound.channel());
            return TurnResult.ephemeral(outcome.replies(), outcome.state().position(), outcome.state().locale());
        }
        ReplyRenderer.Rendered rendered = renderer.render(inbound.conversationId(), outcome.state(), outcome.replies(),
                inbound.at());
        TurnResult result = new TurnResult(outcome.replies(), outcome.state().position(), outcome.state().locale(),
                rendered.outbound(), false);
        store.commit(previous, new StoredConversation(inbound.conversationId(), outcome.state(),
                previous == null ? 0 : previous.version()), inbound, result, rendered.files());
        log.debug("turn on {} now at {}", inbound.channel(), result.position());
        afterCommit(() -> notifyObservers(inbound, previous, outcome));
        return result;
    }

    private void notifyObservers(Inbound inbound, StoredConversation previous, Outcome outcome) {
        for (TurnObserver observer : observers) {
            try {
                observer.committed(inbound.conversationId(), previous == null ? null : previous.state(),
                        outcome.state(), outcome.replies());
            } catch (RuntimeException e) {
                log.error("after a turn on {}, {} failed", inbound.channel(), observer.getClass().getSimpleName(), e);
            }
        }
    }

    /**
     * Runs {@code work} once the turn is committed: at once on the embedded store, where the commit already happened,
     * or after the lock's transaction commits on PostgreSQL, so observers never act on a turn that is rolled back.
     */
    private static void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }

    /** Typed text with what the understanding layer found in it; every other input as it came. */
    private UserInput read(UserInput input, DialogState state) {
        // A message longer than the engine reads at all is refused there; the model need not read it first.
        if (input instanceof UserInput.Text text && text.reading() == null && text.text().length() <= DialogEngine.MAX_INPUT) {
            return new UserInput.Text(text.text(), understanding.read(text.text(), state.locale()));
        }
        return input;
    }

    /**
     * A deep link, or {@code /start <token>} typed, whose payload is a hand-off link's token becomes what the link
     * means (read before the engine lower-cases the payload as a flow name); everything else goes to the engine as it
     * came.
     */
    private UserInput linked(Inbound inbound) {
        if (links == null) {
            return inbound.input();
        }
        String payload = null;
        if (inbound.input() instanceof UserInput.Start start) {
            payload = start.payload().strip();
        } else if (inbound.input() instanceof UserInput.Text text) {
            String[] parts = text.text().strip().split("\\s+", 2);
            if (parts.length == 2 && parts[0].toLowerCase(Locale.ROOT).replaceFirst("@.*$", "").equals("/start")) {
                payload = parts[1].strip();
            }
        }
        if (payload == null || !StartLinks.TOKEN.matcher(payload).matches()) {
            return inbound.input();
        }
        return links.open(payload, inbound.conversationId(), inbound.at())
                .<UserInput>map(referral -> referral).orElseGet(UserInput.DeadLink::new);
    }
}
