package org.anxin.understanding;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * When the language model starts loading: once the application has started and something in it wants the model,
 * whichever comes last. Loading takes a core for a second or two, which a starting server needs for itself (its first
 * answers need no model); and a command that never reads typed words (such as {@code counselor list}) never loads it.
 */
final class ModelLoading {

    private final Supplier<CompletableFuture<BgeEncoder>> loader;
    private final CompletableFuture<Void> started = new CompletableFuture<>();

    ModelLoading(Supplier<CompletableFuture<BgeEncoder>> loader) {
        this.loader = loader;
    }

    /** The model, for the one who wants it; it loads once the application has started. */
    CompletableFuture<BgeEncoder> wanted() {
        return started.thenCompose(ignored -> loader.get());
    }

    /** The application has started. */
    void applicationStarted() {
        started.complete(null);
    }
}
