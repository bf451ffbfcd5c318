package org.anxin.dialog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A named piece of logic a step runs with {@code do: name}. Like the engine it is pure: it reads the {@link Context}
 * (the answers, the turn's time, the user's zone and language, the evidence locker, the dialogs to speak with, and
 * the answers it offered before) and returns slot changes (a null value removes a slot), the locker as it is
 * afterwards, and what it offers now.
 */
public interface Action {

    Result apply(Context context);

    /** The slots it always sets, so that the validator knows messages after it may show them. */
    default Set<String> writes() {
        return Set.of();
    }

    /** An action that reads and changes the whole context, the locker too. */
    static Action of(Function<Context, Result> apply, Set<String> writes) {
        return new Action() {
            @Override
            public Result apply(Context context) {
                return apply.apply(context);
            }

            @Override
            public Set<String> writes() {
                return writes;
            }
        };
    }

    /** An action that only changes answers: slot changes from the answers and the context; the locker stays. */
    static Action onSlots(BiFunction<Map<String, String>, Context, Map<String, String>> run, Set<String> writes) {
        return of(context -> new Result(run.apply(context.slots(), context), context.evidence()), writes);
    }

    /**
     * What an action may read: the answers, the turn's time, the user's zone and language, the locker, the dialogs
     * (messages, knowledge) to speak with, and the answers actions offered on the user's behalf ({@code offered}, by
     * slot, as written then; see {@link Progress#offered()}).
     */
    record Context(Map<String, String> slots, Instant at, ZoneId zone, String locale, List<Incident> evidence,
            DialogSet dialogs, Map<String, String> offered) {

        public Context {
            slots = Map.copyOf(slots);
            evidence = List.copyOf(evidence);
            offered = Map.copyOf(offered);
        }

        /** A context where nothing was offered yet. */
        public Context(Map<String, String> slots, Instant at, ZoneId zone, String locale, List<Incident> evidence,
                DialogSet dialogs) {
            this(slots, at, zone, locale, evidence, dialogs, Map.of());
        }

        /** A sentence in the user's language. */
        public String text(String key, Map<String, String> values) {
            return dialogs.messages().text(locale, key, values);
        }
    }

    /**
     * Slot changes (a null value removes a slot), the locker as it is afterwards, and changes to what is offered on
     * the user's behalf (by slot, the text offered; null takes an offer back).
     */
    record Result(Map<String, String> slots, List<Incident> evidence, Map<String, String> offered) {

        public Result {
            offered = offered == null ? Map.of() : offered;
        }

        /** A result that offers nothing. */
        public Result(Map<String, String> slots, List<Incident> evidence) {
            this(slots, evidence, Map.of());
        }
    }
}
