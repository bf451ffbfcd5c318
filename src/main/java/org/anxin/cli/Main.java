package org.anxin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.anxin.AnxinApplication;
import org.springframework.boot.SpringApplication;

/** The entry point: without arguments, serves the web chat; with arguments, runs a command ({@code chat}, ...). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Path dialogs = dialogsFolder();
            if (!Files.isDirectory(dialogs)) {
                // The one mistake a newcomer makes most: starting the jar outside the project folder.
                System.err.println("anxin: no dialogs folder at " + dialogs.toAbsolutePath().normalize()
                        + "; start from the project folder, or set ANXIN_DIALOGS_DIR");
                System.exit(2);
            }
            SpringApplication.run(AnxinApplication.class, args);
        } else {
            System.exit(AnxinCommand.execute(args));
        }
    }

    /** Where the server will read its dialogs: the same settings Spring binds to anxin.dialogs-dir. */
    static Path dialogsFolder() {
        String configured = System.getProperty("anxin.dialogs-dir");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("ANXIN_DIALOGS_DIR");
        }
        return Path.of(configured == null || configured.isBlank() ? "dialogs" : configured);
    }
}
