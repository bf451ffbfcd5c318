package org.anxin.outbox;

import java.util.Optional;
import java.util.regex.Pattern;
import org.anxin.conversation.ConversationStore;
import org.anxin.conversation.TurnFile;
import org.anxin.letter.LetterLinks;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the files turns handed over, on every channel's links: {@code /files/<signed token>.<extension>}. The
 * token names the conversation and the file and expires; a forged, damaged or expired link, or one to a file erased
 * with its conversation, finds nothing.
 */
@RestController
class FileDownloads {

    static final String PATH = "/files/";
    private static final String KIND = "file:";
    private static final Pattern EXTENSION = Pattern.compile("\\.([a-z0-9]{1,8})$");

    private final LetterLinks links;
    private final ConversationStore store;

    FileDownloads(LetterLinks links, ConversationStore store) {
        this.links = links;
        this.store = store;
    }

    /** The address that serves one file of a conversation, relative to the server. */
    static String path(LetterLinks links, String conversationId, String fileId, String name) {
        var extension = EXTENSION.matcher(name);
        return PATH + links.token(conversationId, KIND + fileId) + (extension.find() ? "." + extension.group(1) : "");
    }

    @GetMapping(PATH + "{token}.{extension}")
    ResponseEntity<byte[]> file(@PathVariable String token, @PathVariable String extension) {
        Optional<TurnFile> file = links.open(token)
                .filter(target -> target.kind().startsWith(KIND))
                .flatMap(target -> store.file(target.conversationId(), target.kind().substring(KIND.length())))
                .filter(found -> found.name().endsWith("." + extension));
        if (file.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        boolean picture = file.get().mediaType().startsWith("image/");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, file.get().mediaType()
                        + (file.get().mediaType().equals("application/json") ? "; charset=utf-8" : ""))
                .header(HttpHeaders.CONTENT_DISPOSITION, (picture ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(file.get().name()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.get().bytes());
    }
}
