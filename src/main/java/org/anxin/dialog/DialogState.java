package org.anxin.dialog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one conversation stands: its language and time zone, the step it waits at ({@code flow} and {@code step},
 * null before the first turn), the answers given so far, the steps it can go back to (each written {@code flow:step},
 * see {@link Position}), and the facts the bot last cited (for "why?"), when the user agreed to what Anxin keeps
 * ({@code consent}, an ISO instant; null until they do), the evidence locker (the incidents the user logged), the
 * letters made, and the engine's own {@link Progress}, which never mixes with the answers. Immutable; each turn makes
 * a new one. {@code schema} versions the stored JSON form (2 added the locker; 3 moved the engine's progress and the
 * letters made out of the slots).
 */
public record DialogState(
        int schema,
        String locale,
        String zone,
        String flow,
        String step,
        Map<String, String> slots,
        List<String> back,
        List<String> cited,
        String consent,
        List<Incident> evidence,
        List<Letter> letters,
        Progress progress) {

    public static final int SCHEMA = 3;
    /** How many earlier steps {@code /back} can return to. */
    static final int BACK_LIMIT = 30;

    public DialogState {
        slots = Map.copyOf(slots);
        back = List.copyOf(back);
        // States stored before facts were cited have no such field.
        cited = cited == null ? List.of() : List.copyOf(cited);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        // States stored before schema 3 have neither; the codec moves what they kept among the slots here.
        letters = letters == null ? List.of() : List.copyOf(letters);
        progress = progress == null ? Progress.NONE : progress;
    }

    /** A letter the user was handed: its kind and when it was last made. */
    public record Letter(String kind, Instant made) {
    }

    public static DialogState fresh(String locale, String zone) {
        return new DialogState(SCHEMA, locale, zone, null, null, Map.of(), List.of(), List.of(), null, List.of(),
                List.of(), Progress.NONE);
    }

    public boolean consented() {
        return consent != null;
    }

    DialogState consenting(String when) {
        return new DialogState(schema, locale, zone, flow, step, slots, back, cited, when, evidence, letters, progress);
    }

    public boolean started() {
        return flow != null;
    }

    /** The waiting step as {@code flow:step}; buttons carry it so that a stale one can be recognised. */
    public String position() {
        return flow + ":" + step;
    }

    /** The waiting step; null before the first turn. */
    public Position where() {
        return started() ? new Position(flow, step) : null;
    }

    DialogState movedTo(Position position) {
        return new DialogState(schema, locale, zone, position.flow(), position.step(), slots, back, cited, consent, evidence, letters, progress);
    }

    DialogState withLocale(String newLocale) {
        return new DialogState(schema, newLocale, zone, flow, step, slots, back, cited, consent, evidence, letters, progress);
    }

    DialogState withSlot(String name, String value) {
        Map<String, String> next = new LinkedHashMap<>(slots);
        next.put(name, value);
        return new DialogState(schema, locale, zone, flow, step, next, back, cited, consent, evidence, letters, progress);
    }

    DialogState withSlots(Map<String, String> newSlots) {
        return new DialogState(schema, locale, zone, flow, step, newSlots, back, cited, consent, evidence, letters, progress);
    }

    DialogState pushBack(Position position) {
        List<String> next = new ArrayList<>(back);
        next.add(position.toString());
        if (next.size() > BACK_LIMIT) {
            next.remove(0);
        }
        return new DialogState(schema, locale, zone, flow, step, slots, next, cited, consent, evidence, letters, progress);
    }

    /** The last place on the way back; empty when the way back is empty or what it stored is not a position. */
    Optional<Position> lastBack() {
        return back.isEmpty() ? Optional.empty() : Position.parse(back.get(back.size() - 1));
    }

    DialogState popBack() {
        return new DialogState(schema, locale, zone, flow, step, slots, back.subList(0, back.size() - 1), cited, consent, evidence, letters, progress);
    }

    DialogState citing(List<String> facts) {
        return new DialogState(schema, locale, zone, flow, step, slots, back, facts, consent, evidence, letters, progress);
    }

    DialogState withEvidence(List<Incident> incidents) {
        return new DialogState(schema, locale, zone, flow, step, slots, back, cited, consent, incidents, letters, progress);
    }

    /** The same state in the current schema, for one read from an older stored form. */
    public DialogState upgraded() {
        return new DialogState(SCHEMA, locale, zone, flow, step, slots, back, cited, consent, evidence, letters, progress);
    }

    DialogState withProgress(Progress next) {
        return new DialogState(schema, locale, zone, flow, step, slots, back, cited, consent, evidence, letters, next);
    }

    /** The letters made once one of {@code kind} is made {@code at}: a kind made before keeps its place, with the new time. */
    DialogState withLetterMade(String kind, Instant at) {
        List<Letter> next = new ArrayList<>(letters);
        Letter made = new Letter(kind, at);
        int earlier = next.stream().map(Letter::kind).toList().indexOf(kind);
        if (earlier >= 0) {
            next.set(earlier, made);
        } else {
            next.add(made);
        }
        return new DialogState(schema, locale, zone, flow, step, slots, back, cited, consent, evidence, next, progress);
    }

    DialogState clearBack() {
        return new DialogState(schema, locale, zone, flow, step, slots, List.of(), cited, consent, evidence, letters, progress);
    }
}
