package org.anxin.channel.telegram;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.anxin.dialog.ChineseScript;
import org.anxin.dialog.Messages;

/**
 * The few sentences the Telegram adapter says on its own, outside any flow (buttons, groups, attachments, the
 * command menu). Like everything the bot says they live in dialogs/messages, under {@code channel.}.
 */
final class Texts {

    /** Subtags of a Telegram language code that mean traditional characters: zh-hant, zh-tw, zh-hk, zh-mo. */
    private static final Set<String> TRADITIONAL_SUBTAGS = Set.of("hant", "tw", "hk", "mo");

    /** The commands of Telegram's menu; each is described by {@code channel.command.<name>}. */
    static final List<String> COMMANDS = List.of("start", "menu", "back", "help", "urgent", "lang", "restart", "mydata", "delete");

    private final Messages messages;

    Texts(Messages messages) {
        this.messages = messages;
    }

    /**
     * The bot's language for a Telegram user: English when the user's app is, traditional Chinese when it is set to
     * traditional Chinese (zh-hant) or to the Chinese of Taiwan, Hong Kong or Macau, otherwise simplified Chinese.
     */
    static String locale(String telegramLanguage) {
        String hint = localeHint(telegramLanguage);
        return hint == null ? ChineseScript.SIMPLIFIED : hint;
    }

    /** The locale hint for a new conversation: only a language the bot speaks, otherwise the bot's default. */
    static String localeHint(String telegramLanguage) {
        if (telegramLanguage == null) {
            return null;
        }
        String lang = telegramLanguage.toLowerCase(Locale.ROOT).replace('_', '-');
        if (lang.startsWith("en")) {
            return "en";
        }
        if (!lang.equals("zh") && !lang.startsWith("zh-")) {
            return null;
        }
        boolean traditional = Arrays.stream(lang.split("-")).anyMatch(TRADITIONAL_SUBTAGS::contains);
        return traditional ? ChineseScript.TRADITIONAL : ChineseScript.SIMPLIFIED;
    }

    String brokenButton(String locale) {
        return say(locale, "channel.broken_button");
    }

    String textOnly(String locale) {
        return say(locale, "channel.text_only");
    }

    String group(String locale, String privateLink) {
        return say(locale, "channel.group") + (privateLink == null ? " " + say(locale, "channel.group_no_link") : "");
    }

    String privateChatButton(String locale) {
        return say(locale, "channel.private_chat");
    }

    String command(String name, String locale) {
        return say(locale, "channel.command." + name);
    }

    private String say(String locale, String key) {
        return messages.text(locale, key, Map.of());
    }
}
