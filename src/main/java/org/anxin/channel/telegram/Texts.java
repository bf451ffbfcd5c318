package org.anxin.channel.telegram;

import java.util.List;
import java.util.Locale;

/**
 * The few sentences the Telegram adapter says on its own, outside any flow, in Chinese and English. Everything
 * a flow says comes from dialogs/messages; these are about Telegram itself (buttons, groups, attachments).
 */
final class Texts {

    private Texts() {
    }

    /** The bot's language for a Telegram user: Chinese unless the user's app is set to English. */
    static String locale(String telegramLanguage) {
        if (telegramLanguage != null && telegramLanguage.toLowerCase(Locale.ROOT).startsWith("en")) {
            return "en";
        }
        return "zh-CN";
    }

    /** The locale hint for a new conversation: only a language the bot speaks, otherwise the bot's default. */
    static String localeHint(String telegramLanguage) {
        if (telegramLanguage == null) {
            return null;
        }
        String lang = telegramLanguage.toLowerCase(Locale.ROOT);
        return lang.startsWith("zh") ? "zh-CN" : lang.startsWith("en") ? "en" : null;
    }

    private static boolean en(String locale) {
        return "en".equals(locale);
    }

    static String brokenButton(String locale) {
        return en(locale) ? "That button no longer works. Please use the latest message."
                : "这个按钮已经不能用了，请看最新的一条消息。";
    }

    static String textOnly(String locale) {
        return en(locale) ? "Thank you for sending this. For now I can only read text: please tell me in words."
                + " Photos and files as evidence will come soon."
                : "谢谢你发来这个。我现在只能看懂文字，请用文字告诉我。以后会支持把照片和文件存为证据。";
    }

    static String group(String locale, String privateLink) {
        String text = en(locale)
                ? "To protect your privacy I don't talk about personal matters in groups. Please talk to me in a private chat."
                : "为了保护你的隐私，我不在群里聊个人的事情。请和我私聊，只有你能看到。";
        if (privateLink == null) {
            text += en(locale) ? " Tap my name and choose \"Send message\"." : "点我的名字，再点“发消息”就可以。";
        }
        return text;
    }

    static String privateChatButton(String locale) {
        return en(locale) ? "Talk to me privately" : "和我私聊";
    }

    /** The command menu, as {command, description in Chinese, description in English}. */
    static final List<String[]> COMMANDS = List.of(
            new String[] {"start", "开始", "Start"},
            new String[] {"menu", "主菜单", "Main menu"},
            new String[] {"back", "返回上一步", "Back one step"},
            new String[] {"help", "帮助", "Help"},
            new String[] {"urgent", "紧急求助", "Urgent help"},
            new String[] {"lang", "切换语言 / Language", "Language / 切换语言"},
            new String[] {"restart", "重新开始", "Start over"});
}
