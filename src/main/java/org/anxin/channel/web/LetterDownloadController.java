package org.anxin.channel.web;

import java.time.Instant;
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
 * The download page behind every channel's letter links: {@code /letters/<signed token>.pdf|docx|txt}. The letter
 * is made from the conversation's answers when the link is opened; a forged, damaged or expired link finds nothing.
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

    /** Everything kept about the conversation, made when it is opened. */
    @GetMapping(PATH + "{token}.json")
    ResponseEntity<byte[]> myData(@PathVariable String token) {
        return links.open(token)
                .filter(target -> target.kind().equals(MyDataFile.LINK_KIND) && turns.exists(target.conversationId()))
                .map(target -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + MyDataFile.FILE_NAME + "\"")
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(myData.json(target.conversationId())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(PATH + "{token}.{extension}")
    ResponseEntity<byte[]> download(@PathVariable String token, @PathVariable String extension) {
        var format = LetterFormat.fromExtension(extension);
        var target = links.open(token).filter(t -> !t.kind().startsWith(WebLetters.PICTURE) && !t.kind().equals(MyDataFile.LINK_KIND));
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
}
