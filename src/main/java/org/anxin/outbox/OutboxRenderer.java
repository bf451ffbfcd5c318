package org.anxin.outbox;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.anxin.conversation.Outbound;
import org.anxin.conversation.ReplyRenderer;
import org.anxin.conversation.TurnFile;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Reply;
import org.anxin.letter.ChatLetters;
import org.anxin.letter.LetterFormat;
import org.anxin.letter.LetterLinks;
import org.anxin.plan.chart.PlanPictures;
import org.anxin.mydata.MyDataFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The one place where replies become what they hand over: a picture drawn from the answers, a letter as text with its
 * PDF and DOCX, the user's data as a file. Each file gets a signed link that serves its stored bytes. A picture that
 * cannot be drawn is left out (the text says the same); a letter that cannot be made yet says which field to fix.
 */
final class OutboxRenderer implements ReplyRenderer {

    private static final Logger log = LoggerFactory.getLogger(OutboxRenderer.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ObjectProvider<ChatLetters> letters;
    private final ObjectProvider<MyDataFile> myData;
    private final LetterLinks links;

    OutboxRenderer(ObjectProvider<ChatLetters> letters, ObjectProvider<MyDataFile> myData, LetterLinks links) {
        this.letters = letters;
        this.myData = myData;
        this.links = links;
    }

    @Override
    public Rendered render(String conversationId, DialogState state, List<Reply> replies, Instant at) {
        Files files = new Files(conversationId);
        List<Outbound> outbound = new ArrayList<>();
        for (Reply reply : replies) {
            Outbound.FileRef picture = reply.picture() == null ? null : PlanPictures.png(reply.picture(), state.slots(), state.locale())
                    .map(png -> files.add(reply.picture() + ".png", "image/png", reply.text(), png)).orElse(null);
            if (reply.document() != null && reply.document().myData()) {
                // The files go with the sentence that offers them, the readable summary first.
                MyDataFile data = myData.getObject();
                List<Outbound.FileRef> made = new ArrayList<>();
                for (MyDataFile.Download download : MyDataFile.DOWNLOADS) {
                    data.file(conversationId, download).ifPresent(bytes -> made.add(files.add(download.fileName(),
                            download.mediaType(), data.label(download, state.locale()), bytes)));
                }
                outbound.add(new Outbound.Message(reply.text(), reply.choices(), picture, made));
                continue;
            }
            outbound.add(new Outbound.Message(reply.text(), reply.choices(), picture, List.of()));
            if (reply.document() != null) {
                outbound.add(letter(reply, state, at, files));
            }
        }
        return new Rendered(outbound, files.made);
    }

    private Outbound letter(Reply reply, DialogState state, Instant at, Files files) {
        ChatLetters chat = letters.getObject();
        ChatLetters.Prepared prepared = chat.prepare(reply.document(), state, at);
        if (!(prepared instanceof ChatLetters.Prepared.Ready ready)) {
            return new Outbound.NeedsFix(prepared.kind(), prepared.text());
        }
        List<Outbound.FileRef> made = new ArrayList<>();
        for (LetterFormat format : List.of(LetterFormat.PDF, LetterFormat.DOCX)) {
            try {
                made.add(files.add(ready.kind() + "." + format.extension(), format.mediaType(),
                        chat.say(state.locale(), "letters.download_" + format.id(), Map.of()), chat.render(ready, format)));
            } catch (RuntimeException e) {
                // The text is the letter; a file that cannot be made (a missing font) must not lose it.
                log.error("a letter's {} could not be made", format.id(), e);
            }
        }
        return new Outbound.Letter(ready.kind(), ready.text(), made);
    }

    /** The files of one turn, each with an id of its own and a link to it. */
    private final class Files {
        private final String conversationId;
        private final String prefix = HexFormat.of().formatHex(random());
        private final List<TurnFile> made = new ArrayList<>();

        Files(String conversationId) {
            this.conversationId = conversationId;
        }

        Outbound.FileRef add(String name, String mediaType, String label, byte[] bytes) {
            String id = prefix + "-" + made.size();
            made.add(new TurnFile(id, name, mediaType, bytes));
            return new Outbound.FileRef(id, name, mediaType, label, FileDownloads.path(links, conversationId, id, name));
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
