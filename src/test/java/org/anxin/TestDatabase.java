package org.anxin;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own on the machine's local PostgreSQL server (127.0.0.1:5432, user postgres, trust auth), for a
 * test class that runs the store there; dropped afterwards. Without the server the class is skipped, except under CI,
 * where it fails.
 */
public record TestDatabase(String name) {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    /** Creates a database with a random name. */
    public static TestDatabase create() {
        String name = "anxin_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            admin.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                fail("PostgreSQL is not running on 127.0.0.1:5432: " + e.getMessage());
            }
            Assumptions.abort("PostgreSQL is not running on 127.0.0.1:5432");
        }
        return new TestDatabase(name);
    }

    public String url() {
        return SERVER + name;
    }

    /** Drops the database, closing whatever connections are still open to it. */
    public void drop() {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            // Nothing was created, or the server is gone.
        }
    }
}
