package org.anxin.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Evidence files that earlier versions kept on the node's own disk, under {@code <data-dir>/evidence/<hash of the
 * conversation id>/<sha256>}, sealed: moved into the store at start-up, each with the very bytes it was sealed as (the
 * seal names the conversation and the file, as the store's does), and deleted from disk once the store has it. A crash
 * halfway leaves the rest for the next start, which moves it the same way.
 *
 * <p>A folder is named by a hash, so the conversation it belongs to is found among the store's conversations. A folder
 * that belongs to none of them (a node started on a new database) is left where it is, so nothing is lost, and
 * counted in the log.
 */
final class EvidenceFilesOnDisk {

    private static final Pattern REF = Pattern.compile("[0-9a-f]{64}");

    private EvidenceFilesOnDisk() {
    }

    /** What was moved, and how many folders belong to no conversation of the store and were left on disk. */
    record Moved(int files, int foldersLeft) {
    }

    static Moved move(Path root, EvidenceFiles files, Supplier<? extends Collection<String>> conversationIds) {
        if (!Files.isDirectory(root)) {
            return new Moved(0, 0);
        }
        try {
            Map<String, String> byFolder = null;
            int moved = 0;
            int left = 0;
            try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Files::isDirectory)) {
                for (Path folder : folders) {
                    if (byFolder == null) {
                        byFolder = byFolder(conversationIds.get());
                    }
                    String conversationId = byFolder.get(folder.getFileName().toString());
                    if (conversationId == null) {
                        left++;
                        continue;
                    }
                    moved += moveFolder(folder, conversationId, files);
                }
            }
            deleteIfEmpty(root);
            return new Moved(moved, left);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the evidence files in " + root.toAbsolutePath() + " into the store", e);
        }
    }

    private static int moveFolder(Path folder, String conversationId, EvidenceFiles files) throws IOException {
        int moved = 0;
        try (DirectoryStream<Path> all = Files.newDirectoryStream(folder)) {
            for (Path file : all) {
                String ref = file.getFileName().toString();
                if (REF.matcher(ref).matches() && Files.isRegularFile(file)) {
                    files.keepSealed(conversationId, ref, Files.readAllBytes(file), Files.getLastModifiedTime(file).toInstant());
                    moved++;
                }
                // Kept in the store now, or an interrupted upload's partial file that was never recorded.
                Files.deleteIfExists(file);
            }
        }
        deleteIfEmpty(folder);
        return moved;
    }

    /** Folder names as the disk store made them: the first 32 hex digits of the SHA-256 of the conversation id. */
    private static Map<String, String> byFolder(Collection<String> conversationIds) {
        Map<String, String> byFolder = new HashMap<>();
        for (String id : conversationIds) {
            byFolder.put(folder(id), id);
        }
        return byFolder;
    }

    static String folder(String conversationId) {
        return org.anxin.privacy.Digests.sha256Hex(conversationId).substring(0, 32);
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> rest = Files.newDirectoryStream(dir)) {
            if (rest.iterator().hasNext()) {
                return;
            }
        }
        Files.deleteIfExists(dir);
    }
}
