package org.anxin.channel.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anxin.conversation.TurnResult;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Reply;
import org.anxin.letter.ChatLetters;
import org.anxin.letter.LetterFormat;
import org.anxin.letter.LetterLinks;
import org.anxin.privacy.MyDataFile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Delivers letters in the web chat: the letter's text as a message, and signed, expiring links that render the PDF
 * or DOCX from the conversation's answers when they are opened, so no file is kept on the server. "我的数据" gets
 * such links too, one for its PDF summary and one for its JSON file.
 */
@Component
class WebLetters {

    /** Picture tokens name their kind with this prefix, so a letter's link never opens a picture or the reverse. */
    static final String PICTURE = "picture:";

    private final TurnService turns;
    private final ObjectProvider<ChatLetters> letters;
    private final LetterLinks links;
    private final MyDataFile myData;

    WebLetters(TurnService turns, ObjectProvider<ChatLetters> letters, LetterLinks links, MyDataFile myData) {
        this.turns = turns;
        this.letters = letters;
        this.links = links;
        this.myData = myData;
    }

    WebTurn show(String id, TurnResult result) {
        List<WebTurn.WebReply> replies = new ArrayList<>();
        for (Reply reply : result.replies()) {
            String image = reply.picture() == null ? null : LetterDownloadController.PICTURES
                    + links.token(WebChatController.CHANNEL + ":" + id, PICTURE + reply.picture()) + ".png";
            if (reply.document() != null && reply.document().myData()) {
                // The files' links go with the sentence that offers them: no empty bubble of their own.
                List<WebTurn.Link> files = MyDataFile.DOWNLOADS.stream()
                        .map(file -> new WebTurn.Link(myData.label(file, reply.document().locale()), LetterDownloadController.PATH
                                + links.token(WebChatController.CHANNEL + ":" + id, file.linkKind()) + "." + file.extension()))
                        .toList();
                replies.add(new WebTurn.WebReply(reply.text(), reply.choices(), files, image));
                continue;
            }
            replies.add(new WebTurn.WebReply(reply.text(), reply.choices(), null, image));
            if (reply.document() != null) {
                DialogState state = turns.state(WebChatController.CHANNEL + ":" + id).orElseThrow();
                replies.add(letter(id, reply, state));
            }
        }
        return new WebTurn(replies, result.position(), result.locale());
    }

    private WebTurn.WebReply letter(String id, Reply reply, DialogState state) {
        ChatLetters chat = letters.getObject();
        ChatLetters.Prepared prepared = chat.prepare(reply.document(), state, Instant.now());
        if (prepared instanceof ChatLetters.Prepared.NeedsFix fix) {
            return new WebTurn.WebReply(fix.text(), List.of(), null);
        }
        ChatLetters.Prepared.Ready ready = (ChatLetters.Prepared.Ready) prepared;
        String base = LetterDownloadController.PATH + links.token(WebChatController.CHANNEL + ":" + id, ready.kind()) + ".";
        return new WebTurn.WebReply(ready.text(), List.of(), List.of(
                new WebTurn.Link(chat.say(state.locale(), "letters.download_pdf", Map.of()), base + LetterFormat.PDF.extension()),
                new WebTurn.Link(chat.say(state.locale(), "letters.download_docx", Map.of()), base + LetterFormat.DOCX.extension())));
    }
}
