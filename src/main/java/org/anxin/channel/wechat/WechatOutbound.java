package org.anxin.channel.wechat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.anxin.conversation.Outbound;
import org.anxin.dialog.Reply;

/**
 * A stored answer as WeChat messages. Text messages hold 2,048 bytes, so a letter goes out in paragraphs of a few
 * hundred characters. An Official Account cannot send files, so when the server's public address is configured a
 * letter's PDF and DOCX, and the user's data, follow as signed links that expire. A message's picture travels as
 * the reply's {@code picture}, naming the stored file to upload.
 */
final class WechatOutbound {

    /** About 1,800 bytes of Chinese text in UTF-8. */
    static final int CHUNK = 600;

    private final URI publicUrl;

    WechatOutbound(URI publicUrl) {
        this.publicUrl = publicUrl;
    }

    List<Reply> replies(List<Outbound> outbound) {
        List<Reply> all = new ArrayList<>();
        for (Outbound item : outbound) {
            if (item instanceof Outbound.Message m) {
                all.add(new Reply(m.text(), m.choices(), null, m.picture() == null ? null : m.picture().id()));
                links(m.files(), all);
            } else if (item instanceof Outbound.Letter l) {
                chunks(l.text()).forEach(chunk -> all.add(Reply.text(chunk)));
                links(l.files(), all);
            } else if (item instanceof Outbound.NeedsFix f) {
                all.add(Reply.text(f.text()));
            }
        }
        return all;
    }

    /** One text of "label：address" lines; without a public address there is nothing to link to. */
    private void links(List<Outbound.FileRef> files, List<Reply> all) {
        if (publicUrl == null || files.isEmpty()) {
            return;
        }
        String base = publicUrl.toString().replaceAll("/+$", "");
        all.add(Reply.text(String.join("\n", files.stream().map(f -> f.label() + "：" + base + f.path()).toList())));
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
