package org.anxin.channel.web;

import java.util.List;
import org.anxin.dialog.Reply;

/**
 * A turn as the web page shows it: the engine's replies, where a letter is handed over, followed by the letter's
 * text and its download links.
 */
record WebTurn(List<WebReply> replies, String position, String locale) {

    record WebReply(String text, List<Reply.Option> choices, List<Link> links, String image) {

        WebReply(String text, List<Reply.Option> choices, List<Link> links) {
            this(text, choices, links, null);
        }
    }

    /** A same-site download, such as the PDF of a letter. */
    record Link(String label, String url) {
    }
}
