package org.anxin.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The model loads once the application has started, and only if something wants it. */
class ModelLoadingTest {

    private final AtomicInteger loads = new AtomicInteger();
    private final CompletableFuture<BgeEncoder> loaded = new CompletableFuture<>();
    private final ModelLoading loading = new ModelLoading(() -> {
        loads.incrementAndGet();
        return loaded;
    });

    @Test
    void aServerLoadsItOnceStartedNotWhileStarting() {
        CompletableFuture<BgeEncoder> model = loading.wanted();
        assertThat(loads).as("while the server starts").hasValue(0);

        loading.applicationStarted();
        loading.applicationStarted();
        assertThat(loads).hasValue(1);
        loaded.completeExceptionally(new IllegalStateException("no model file"));
        assertThat(model).as("a failure reaches the one who waits").isCompletedExceptionally();
    }

    @Test
    void aCommandThatNeverReadsTypedWordsNeverLoadsIt() {
        loading.applicationStarted();
        assertThat(loads).hasValue(0);
    }

    @Test
    void wantedAfterTheStartItLoadsAtOnce() {
        loading.applicationStarted();
        CompletableFuture<BgeEncoder> model = loading.wanted();
        assertThat(loads).hasValue(1);
        assertThat(model).isNotDone();
    }
}
