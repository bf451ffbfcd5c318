package org.anxin.channel.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.anxin.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Short codes that open a web conversation on another device: eight characters a person can copy onto paper
 * ({@code K7QM-3XPA}), from an alphabet without 0/O and 1/I. Forty random bits, tried at a few guesses a minute
 * per address, are out of reach of guessing. Only the code's hash is stored; one code per conversation, replaced
 * when a new one is asked for, and erased with everything else.
 */
final class ResumeCodes implements PersonalDataHolder {

    static final Duration LIFETIME = Duration.ofDays(7);
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    /** Eight characters of the alphabet, with an optional dash or space in the middle, in either case. */
    static final Pattern SHAPE = Pattern.compile("[2-9A-HJ-NP-Za-hj-np-z]{4}[- ]?[2-9A-HJ-NP-Za-hj-np-z]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ResumeCodes(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    record Issued(String code, Instant expiresAt) {
    }

    /** A new code for the conversation; any earlier one stops working. */
    Issued issue(String conversationId) {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        Instant expiresAt = clock.instant().plus(LIFETIME);
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("DELETE FROM web_resume_code WHERE conversation_id = ?").param(conversationId).update();
            jdbc.sql("INSERT INTO web_resume_code (code_hash, conversation_id, expires_at) VALUES (?, ?, ?)")
                    .params(hash(code.toString()), conversationId, expiresAt.toEpochMilli()).update();
        });
        return new Issued(code.toString(), expiresAt);
    }

    /** The conversation a code opens, if it is well formed, known and not expired. */
    Optional<String> open(String code) {
        if (code == null || !SHAPE.matcher(code.strip()).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT conversation_id FROM web_resume_code WHERE code_hash = ? AND expires_at > ?")
                .params(hash(code), clock.instant().toEpochMilli()).query(String.class).optional();
    }

    @Override
    public String name() {
        return "web-resume-code";
    }

    @Override
    public Map<String, Object> export(String conversationId) {
        // The code itself is not kept, so only whether one works and until when can be shown.
        return jdbc.sql("SELECT expires_at FROM web_resume_code WHERE conversation_id = ? AND expires_at > ?")
                .params(conversationId, clock.instant().toEpochMilli()).query(Long.class).optional()
                .<Map<String, Object>>map(at -> Map.of("validUntil", Instant.ofEpochMilli(at).toString()))
                .orElse(Map.of());
    }

    @Override
    public void erase(String conversationId) {
        jdbc.sql("DELETE FROM web_resume_code WHERE conversation_id = ?").param(conversationId).update();
    }

    /** Read the same whatever the case, dash or space a person wrote it with. */
    static String hash(String code) {
        String normal = code.strip().replaceAll("[- ]", "").toUpperCase(Locale.ROOT);
        return org.anxin.privacy.Digests.sha256Hex(normal);
    }
}
