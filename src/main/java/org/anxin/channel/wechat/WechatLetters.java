package org.anxin.channel.wechat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Reply;
import org.anxin.letter.ChatLetters;
import org.anxin.letter.LetterLinks;
import org.anxin.privacy.MyDataFile;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Puts a letter's text into the conversation where a reply hands one over. WeChat text messages hold 2,048 bytes,
 * so the letter goes out in paragraphs of a few hundred characters. An Official Account cannot send files, so when
 * the server's public address is configured the PDF and DOCX follow as signed links that expire; so do the PDF
 * summary and the JSON file of "我的数据".
 */
final class WechatLetters {

    /** About 1,800 bytes of Chinese text in UTF-8. */
    static final int CHUNK = 600;

    private final TurnService turns;
    private final ObjectProvider<ChatLetters> letters;
    private final LetterLinks links;
    private final URI publicUrl;
    private final MyDataFile myData;

    WechatLetters(TurnService turns, ObjectProvider<ChatLetters> letters, LetterLinks links, URI publicUrl, MyDataFile myData) {
        this.turns = turns;
        this.letters = letters;
        this.links = links;
        this.publicUrl = publicUrl;
        this.myData = myData;
    }

    List<Reply> expand(String conversationId, List<Reply> replies) {
        if (replies.stream().allMatch(r -> r.document() == null)) {
            return replies;
        }
        List<Reply> all = new ArrayList<>();
        for (Reply reply : replies) {
            all.add(reply);
            if (reply.document() != null && reply.document().myData()) {
                // The files open on the web, as letters do; without a public address the summary above is what WeChat shows.
                if (publicUrl != null) {
                    all.add(Reply.text(MyDataFile.DOWNLOADS.stream().map(file -> myData.label(file, reply.document().locale())
                            + "：" + downloads() + links.token(conversationId, file.linkKind()) + "." + file.extension())
                            .collect(java.util.stream.Collectors.joining("\n"))));
                }
            } else if (reply.document() != null) {
                DialogState state = turns.state(conversationId).orElseThrow();
                ChatLetters chat = letters.getObject();
                ChatLetters.Prepared prepared = chat.prepare(reply.document(), state, Instant.now());
                chunks(prepared.text()).forEach(chunk -> all.add(Reply.text(chunk)));
                if (prepared instanceof ChatLetters.Prepared.Ready ready && publicUrl != null) {
                    String base = downloads() + links.token(conversationId, ready.kind()) + ".";
                    all.add(Reply.text(chat.say(state.locale(), "letters.download_pdf", java.util.Map.of()) + "：" + base + "pdf\n"
                            + chat.say(state.locale(), "letters.download_docx", java.util.Map.of()) + "：" + base + "docx"));
                }
            }
        }
        return all;
    }

    /** Where download links start: the public address and the download path. */
    private String downloads() {
        return publicUrl.toString().replaceAll("/+$", "") + "/letters/";
    }

    /** Paragraphs gathered into pieces of at most {@link #CHUNK} characters; a longer paragraph is cut. */
    static List<String> chunks(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String paragraph : text.split("\n")) {
            for (int from = 0; from < Math.max(1, paragraph.length()); from += CHUNK) {
                String part = paragraph.substring(from, Math.min(paragraph.length(), from + CHUNK));
                if (piece.length() + part.length() + 1 > CHUNK && piece.length() > 0) {
                    pieces.add(piece.toString().strip());
                    piece.setLength(0);
                }
                piece.append(part).append('\n');
            }
        }
        if (!piece.toString().isBlank()) {
            pieces.add(piece.toString().strip());
        }
        return pieces;
    }
}
