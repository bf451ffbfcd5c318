package org.anxin.channel;

import java.util.List;
import org.anxin.dialog.DialogExtension;

/**
 * What the channel adapters say on their own, outside any turn, for the dialogs check to require in every locale:
 * each adapter's sentences are listed here under its name, beside the code that says them in that adapter.
 */
public final class ChannelMessages {

    /** Telegram ({@code telegram/Texts}): a dead button, a group chat, something other than text. */
    private static final List<String> TELEGRAM = List.of("channel.broken_button", "channel.text_only", "channel.group",
            "channel.group_no_link", "channel.private_chat");
    /** Telegram's command menu ({@code Texts.COMMANDS}): each command's description. */
    private static final List<String> TELEGRAM_COMMANDS = List.of("start", "menu", "back", "help", "urgent", "lang",
            "restart", "mydata", "delete").stream().map(name -> "channel.command." + name).toList();
    /** WeChat ({@code WechatConfiguration}, {@code WechatLetters}): only text is read, a failure, a letter's files. */
    private static final List<String> WECHAT = List.of("channel.text_only", "channel.sorry", "letters.download_pdf",
            "letters.download_docx");
    /** The web chat ({@code WebLetters}): a letter's files. */
    private static final List<String> WEB = List.of("letters.download_pdf", "letters.download_docx");
    /** The terminal ({@code TerminalChat}): where a letter's files were saved. */
    private static final List<String> TERMINAL = List.of("letters.saved");

    /** All of them, as the dialogs check takes them. */
    public static final DialogExtension EXTENSION = DialogExtension.saying("the channels", java.util.stream.Stream.of(
            TELEGRAM, TELEGRAM_COMMANDS, WECHAT, WEB, TERMINAL).flatMap(List::stream).toList());

    private ChannelMessages() {
    }
}
