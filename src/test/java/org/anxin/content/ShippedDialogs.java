package org.anxin.content;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.anxin.dialog.DialogEngine;
import org.springframework.util.function.SingletonSupplier;

/**
 * The project's own {@code dialogs/} folder, read and checked once per test JVM: what it yields (the flows, the
 * extensions, the understanding content, the engine made of them) never changes, and reading it takes a noticeable
 * part of a second. Tests that change a folder work on a copy of their own and check that.
 */
public final class ShippedDialogs {

    public static final Path DIR = Path.of("dialogs");
    private static final Supplier<DialogsContent.Checked> CHECKED = SingletonSupplier.of(() -> DialogsContent.check(DIR));

    private ShippedDialogs() {
    }

    /** The folder as the server reads it, with its problems (none, for the shipped folder). */
    public static DialogsContent.Checked checked() {
        return CHECKED.get();
    }

    public static DialogEngine engine() {
        return checked().engine();
    }
}
