package org.anxin.counselor;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Counselor accounts: a name, an organisation, and a password kept only as an adaptive hash. */
public final class Counselors {

    /** The longest name or organisation accepted. */
    static final int MAX_NAME = 100;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    Counselors(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public record Counselor(String id, String name, String organisation) {
    }

    /** A new account and its one-time password, shown once and never stored in the clear. */
    public record Created(Counselor counselor, String password) {
    }

    public Created add(String name, String organisation) {
        Counselor counselor = new Counselor(Tokens.id(), Inputs.line(name, MAX_NAME, "name"),
                Inputs.line(organisation, MAX_NAME, "organisation"));
        String password = Tokens.password();
        jdbc.sql("INSERT INTO counselor (id, name, organisation, password_hash, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(counselor.id(), counselor.name(), counselor.organisation(), passwords.encode(password),
                        Instant.now().toEpochMilli())
                .update();
        return new Created(counselor, password);
    }

    public Optional<Counselor> find(String id) {
        return jdbc.sql("SELECT id, name, organisation FROM counselor WHERE id = ?").param(id)
                .query((rs, n) -> new Counselor(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    Optional<String> passwordHash(String id) {
        return jdbc.sql("SELECT password_hash FROM counselor WHERE id = ?").param(id).query(String.class).optional();
    }
}
