package org.anxin.channel.web;

import java.util.ArrayList;
import java.util.List;
import org.anxin.conversation.Outbound;
import org.anxin.conversation.TurnResult;
import org.anxin.dialog.Reply;

/**
 * A turn as the web page shows it: each message with its choices, its picture and its files as same-site links; a
 * letter as a message of its own whose links are its PDF and DOCX.
 */
record WebTurn(List<WebReply> replies, String position, String locale) {

    record WebReply(String text, List<Reply.Option> choices, List<Link> links, String image) {
    }

    /** A same-site download, such as the PDF of a letter. */
    record Link(String label, String url) {
    }

    static WebTurn of(TurnResult result) {
        List<WebReply> replies = new ArrayList<>();
        for (Outbound item : result.outbound()) {
            if (item instanceof Outbound.Message m) {
                replies.add(new WebReply(m.text(), m.choices(), links(m.files()), m.picture() == null ? null : m.picture().path()));
            } else if (item instanceof Outbound.Letter l) {
                replies.add(new WebReply(l.text(), List.of(), links(l.files()), null));
            } else if (item instanceof Outbound.NeedsFix f) {
                replies.add(new WebReply(f.text(), List.of(), null, null));
            }
        }
        return new WebTurn(replies, result.position(), result.locale());
    }

    private static List<Link> links(List<Outbound.FileRef> files) {
        return files.isEmpty() ? null : files.stream().map(f -> new Link(f.label(), f.path())).toList();
    }
}
