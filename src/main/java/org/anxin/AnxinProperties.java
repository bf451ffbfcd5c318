package org.anxin;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code anxin.*}; each can also come from the environment by relaxed binding
 * ({@code ANXIN_DATA_DIR}, {@code ANXIN_DIALOGS_DIR}, ...).
 *
 * @param dataDir    where the embedded store keeps its file
 * @param dialogsDir the dialogs folder: flows, messages, tests
 * @param zone       the time zone users are assumed to be in until they say otherwise
 * @param store      the database; empty means the embedded SQLite file in {@code dataDir}
 * @param cacheSize  how many conversations stay in memory
 */
@ConfigurationProperties("anxin")
public record AnxinProperties(Path dataDir, Path dialogsDir, String zone, Store store, Long cacheSize) {

    public AnxinProperties {
        dataDir = dataDir != null ? dataDir : Path.of("data");
        dialogsDir = dialogsDir != null ? dialogsDir : Path.of("dialogs");
        zone = zone != null ? zone : "Asia/Shanghai";
        store = store != null ? store : new Store(null, null, null);
        cacheSize = cacheSize != null ? cacheSize : 10_000L;
    }

    /** A JDBC database other than the embedded one, such as PostgreSQL for several nodes. */
    public record Store(String url, String username, String password) {
    }
}
