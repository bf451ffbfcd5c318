package org.anxin.dialog.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the YAML files of a dialogs folder on disk, the folder an author edits. */
public final class DialogFolder {

    private DialogFolder() {
    }

    /** The YAML files below {@code dir}, with paths relative to it, in a stable order. */
    public static List<SourceFile> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no dialogs folder at " + dir.toAbsolutePath()
                    + " (run from the project folder, or set anxin.dialogs-dir)");
        }
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String relative = dir.relativize(path).toString().replace('\\', '/');
                files.add(new SourceFile(relative, Files.readString(path, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dialogs folder " + dir, e);
        }
        return files;
    }

}
