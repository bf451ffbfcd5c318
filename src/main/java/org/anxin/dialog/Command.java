package org.anxin.dialog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The commands that work at every step, typed as {@code /menu} or as a word the messages list for it
 * ({@code words.menu: 菜单|主菜单|menu}). Words are recognised in every language and either Chinese writing,
 * whatever the conversation's.
 */
record Command(Kind kind, String argument) {

    enum Kind {
        START, MENU, BACK, RESTART, HELP, LANG, URGENT, WHY, MYDATA, DELETE, SHARING, WITHDRAW;

        String slash() {
            return "/" + name().toLowerCase(Locale.ROOT);
        }

        String wordsKey() {
            return "words." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Text that begins with '/' but names no command. */
    static final Command UNKNOWN = new Command(null, "");

    static Optional<Command> parse(String text, Messages messages) {
        String t = text.strip();
        if (t.startsWith("/")) {
            String[] parts = t.split("\\s+", 2);
            String name = parts[0].toLowerCase(Locale.ROOT);
            int mention = name.indexOf('@');
            if (mention > 0) {
                name = name.substring(0, mention);
            }
            String argument = parts.length > 1 ? parts[1].strip() : "";
            for (Kind kind : Kind.values()) {
                if (kind.slash().equals(name)) {
                    return Optional.of(new Command(kind, argument));
                }
            }
            return Optional.of(UNKNOWN);
        }
        // Compared in simplified characters: 為什麼 and 爲什麼 are both 为什么, whichever the conversation's writing.
        String word = ChineseScript.toSimplified(t.toLowerCase(Locale.ROOT).replaceAll("[。.!！?？]+$", ""));
        for (Kind kind : Kind.values()) {
            // A converted locale's words, read in simplified characters, are those of the locale it comes from.
            for (String locale : messages.writtenLocales()) {
                if (messages.has(locale, kind.wordsKey()) && Arrays.stream(
                        messages.byLocale().get(locale).get(kind.wordsKey()).split("\\|"))
                        .anyMatch(w -> ChineseScript.toSimplified(w.strip().toLowerCase(Locale.ROOT)).equals(word))) {
                    return Optional.of(new Command(kind, ""));
                }
            }
        }
        return Optional.empty();
    }

    boolean known() {
        return kind != null;
    }
}
