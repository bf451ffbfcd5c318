package org.anxin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Gives a Spring test its own empty data folder, so tests never share or leave behind a store. */
public final class TestDataDir {

    private TestDataDir() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        try {
            String dir = Files.createTempDirectory("anxin-test").toString();
            registry.add("anxin.data-dir", () -> dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
