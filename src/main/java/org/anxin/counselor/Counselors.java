package org.anxin.counselor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counselor accounts: a name, an organisation, and a password kept only as an adaptive hash. An account can be
 * disabled (someone left, a password got out): it can no longer sign in, and its links are withdrawn.
 */
public final class Counselors {

    /** The longest name or organisation accepted. */
    static final int MAX_NAME = 100;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;

    private final java.time.Clock clock;

    Counselors(JdbcClient jdbc, PasswordEncoder passwords, TransactionTemplate transactions, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.transactions = transactions;
    }

    /** An account; {@code disabledAt} is null while it may sign in. */
    public record Counselor(String id, String name, String organisation, Instant createdAt, Instant disabledAt) {

        public boolean disabled() {
            return disabledAt != null;
        }
    }

    /** A password just set, shown once and never stored in the clear: the account's first, or one set anew. */
    public record Created(Counselor counselor, String password) {
    }

    /** What disabling did: whether the account was disabled already, and how many live links it withdrew. */
    public record Disabled(Counselor counselor, boolean already, int linksWithdrawn) {
    }

    public Created add(String name, String organisation) {
        Instant now = clock.instant();
        Counselor counselor = new Counselor(Tokens.id(), Inputs.line(name, MAX_NAME, "name"),
                Inputs.line(organisation, MAX_NAME, "organisation"), now, null);
        String password = Tokens.password();
        jdbc.sql("INSERT INTO counselor (id, name, organisation, password_hash, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(counselor.id(), counselor.name(), counselor.organisation(), passwords.encode(password),
                        now.toEpochMilli())
                .update();
        return new Created(counselor, password);
    }

    public Optional<Counselor> find(String id) {
        return jdbc.sql("SELECT id, name, organisation, created_at, disabled_at FROM counselor WHERE id = ?").param(id)
                .query(Counselors::row).optional();
    }

    /** Every account, oldest first. */
    public List<Counselor> list() {
        return jdbc.sql("SELECT id, name, organisation, created_at, disabled_at FROM counselor ORDER BY created_at, id")
                .query(Counselors::row).list();
    }

    /**
     * A new random password in place of the old one, which stops working at once, as do sessions signed in with it.
     * A disabled account is refused: a password it cannot sign in with would only mislead.
     */
    public Created resetPassword(String id) {
        Counselor counselor = existing(id);
        String password = Tokens.password();
        int set = jdbc.sql("UPDATE counselor SET password_hash = ? WHERE id = ? AND disabled_at IS NULL")
                .params(passwords.encode(password), id).update();
        if (set == 0) {
            throw new IllegalArgumentException("counselor '" + id + "' is disabled");
        }
        return new Created(counselor, password);
    }

    /**
     * Stops the account from signing in (its open sessions end at their next request) and withdraws its live links,
     * so no borrower is sent to, or shares with, a counselor nobody reads for. Conversations that already came
     * through a link go on as they were. Disabling twice changes nothing.
     */
    public Disabled disable(String id, Instant now) {
        Counselor counselor = existing(id);
        if (counselor.disabled()) {
            return new Disabled(counselor, true, 0);
        }
        return transactions.execute(status -> {
            jdbc.sql("UPDATE counselor SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL")
                    .params(now.toEpochMilli(), id).update();
            int withdrawn = jdbc.sql("UPDATE handoff SET revoked_at = ? WHERE counselor_id = ? AND revoked_at IS NULL")
                    .params(now.toEpochMilli(), id).update();
            return new Disabled(find(id).orElseThrow(), false, withdrawn);
        });
    }

    /** The hash to check a sign-in against; none for an unknown or disabled account, which fail alike. */
    Optional<String> passwordHash(String id) {
        return jdbc.sql("SELECT password_hash FROM counselor WHERE id = ? AND disabled_at IS NULL").param(id)
                .query(String.class).optional();
    }

    /**
     * What a console session remembers of the password it signed in with: a digest of its hash, so that a reset
     * (a new salt, a new hash) or disabling the account ends the session. Never the hash itself.
     */
    Optional<String> signInStamp(String id) {
        return passwordHash(id).map(Counselors::digest);
    }

    private Counselor existing(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no counselor with id '" + id + "'"));
    }

    private static Counselor row(ResultSet rs, int n) throws SQLException {
        long disabled = rs.getLong(5);
        Instant disabledAt = rs.wasNull() ? null : Instant.ofEpochMilli(disabled);
        return new Counselor(rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)),
                disabledAt);
    }

    private static String digest(String hash) {
        return org.anxin.privacy.Digests.sha256Hex(hash);
    }
}
