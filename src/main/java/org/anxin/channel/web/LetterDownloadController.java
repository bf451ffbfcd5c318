package org.anxin.channel.web;

import java.time.Instant;
import java.util.Optional;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.Document;
import org.anxin.letter.ChatLetters;
import org.anxin.letter.LetterFormat;
import org.anxin.letter.LetterLinks;
import org.anxin.privacy.MyDataFile;
import org.anxin.plan.chart.PlanPictures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The download page behind every channel's letter links: {@code /letters/<signed token>.pdf|docx|txt}, and the
 * "我的数据" files ({@code .pdf}, {@code .json}) under links of their own kinds. The file is made from the
 * conversation when the link is opened; a forged, damaged or expired link, or an erased conversation, finds nothing.
 */
@RestController
class LetterDownloadController {

    static final String PATH = "/letters/";
    static final String PICTURES = "/pictures/";

    private final LetterLinks links;
    private final TurnService turns;
    private final ObjectProvider<ChatLetters> letters;

    private final MyDataFile myData;

    LetterDownloadController(LetterLinks links, TurnService turns, ObjectProvider<ChatLetters> letters, MyDataFile myData) {
        this.myData = myData;
        this.links = links;
        this.turns = turns;
        this.letters = letters;
    }

    /** A picture from the conversation's answers, such as the plan chart. */
    @GetMapping(PICTURES + "{token}.png")
    ResponseEntity<byte[]> picture(@PathVariable String token) {
        return links.open(token)
                .filter(target -> target.kind().startsWith(WebLetters.PICTURE))
                .flatMap(target -> turns.state(target.conversationId()).flatMap(state -> PlanPictures.png(
                        target.kind().substring(WebLetters.PICTURE.length()), state.slots(), state.locale())))
                .map(png -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_TYPE, "image/png")
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(png))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(PATH + "{token}.{extension}")
    ResponseEntity<byte[]> download(@PathVariable String token, @PathVariable String extension) {
        var target = links.open(token).filter(t -> !t.kind().startsWith(WebLetters.PICTURE));
        var data = target.flatMap(t -> MyDataFile.download(t.kind()));
        if (data.isPresent()) {
            return myData(target.get().conversationId(), data.get(), extension);
        }
        var format = LetterFormat.fromExtension(extension);
        var state = target.flatMap(t -> turns.state(t.conversationId()));
        if (format.isEmpty() || state.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        ChatLetters chat = letters.getObject();
        ChatLetters.Prepared prepared = chat.prepare(new Document(target.get().kind(), state.get().locale()), state.get(), Instant.now());
        if (!(prepared instanceof ChatLetters.Prepared.Ready ready)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, format.get().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + ready.kind() + "." + format.get().extension() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Referrer-Policy", "no-referrer")
                .body(chat.render(ready, format.get()));
    }

    /** Everything kept about the conversation, as the file the link names, made when it is opened. */
    private ResponseEntity<byte[]> myData(String conversationId, MyDataFile.Download file, String extension) {
        return Optional.of(file).filter(f -> f.extension().equals(extension))
                .flatMap(f -> myData.file(conversationId, f.linkKind()))
                .map(bytes -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_TYPE, file.mediaType())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .header("Referrer-Policy", "no-referrer")
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
