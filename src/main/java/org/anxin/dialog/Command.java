package org.anxin.dialog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The commands that work at every step, typed as {@code /menu} or as a word the messages list for it
 * ({@code words.menu: 菜单|主菜单|menu}). Words are recognised in every language and either Chinese writing,
 * whatever the conversation's. Besides the engine's own, the dialogs may define commands that lead to a step
 * ({@code command: sharing} on the step): {@link Kind#STEP}, with the command's name as the argument.
 */
record Command(Kind kind, String argument) {

    enum Kind {
        START, MENU, BACK, RESTART, HELP, LANG, URGENT, WHY, MYDATA, DELETE,
        /** A command the dialogs define, leading to the step that names it. */
        STEP;

        String slash() {
            return "/" + name().toLowerCase(Locale.ROOT);
        }

        String wordsKey() {
            return Command.wordsKey(name().toLowerCase(Locale.ROOT));
        }

        /** The engine's own commands, each with its words. */
        static List<Kind> engine() {
            return Arrays.stream(values()).filter(k -> k != STEP).toList();
        }
    }

    /** Text that begins with '/' but names no command. */
    static final Command UNKNOWN = new Command(null, "");

    /** The words for the engine's commands, which every locale must have. */
    static final List<String> MESSAGES = Kind.engine().stream().map(Kind::wordsKey).toList();

    /** The message listing the words for a command: {@code words.menu}. */
    static String wordsKey(String name) {
        return "words." + name;
    }

    /** The command {@code text} is, if it is one; {@code stepCommands} are the names the dialogs define. */
    static Optional<Command> parse(String text, Messages messages, Collection<String> stepCommands) {
        String t = text.strip();
        if (t.startsWith("/")) {
            String[] parts = t.split("\\s+", 2);
            String name = parts[0].toLowerCase(Locale.ROOT);
            int mention = name.indexOf('@');
            if (mention > 0) {
                name = name.substring(0, mention);
            }
            String argument = parts.length > 1 ? parts[1].strip() : "";
            for (Kind kind : Kind.engine()) {
                if (kind.slash().equals(name)) {
                    return Optional.of(new Command(kind, argument));
                }
            }
            return stepCommands.contains(name.substring(1)) ? Optional.of(new Command(Kind.STEP, name.substring(1)))
                    : Optional.of(UNKNOWN);
        }
        // Compared in simplified characters: 為什麼 and 爲什麼 are both 为什么, whichever the conversation's writing.
        String word = ChineseScript.toSimplified(t.toLowerCase(Locale.ROOT).replaceAll("[。.!！?？]+$", ""));
        List<Command> candidates = new ArrayList<>();
        Kind.engine().forEach(kind -> candidates.add(new Command(kind, "")));
        stepCommands.forEach(name -> candidates.add(new Command(Kind.STEP, name)));
        for (Command candidate : candidates) {
            String key = candidate.kind() == Kind.STEP ? wordsKey(candidate.argument()) : candidate.kind().wordsKey();
            // A converted locale's words, read in simplified characters, are those of the locale it comes from.
            for (String locale : messages.writtenLocales()) {
                if (messages.has(locale, key) && Arrays.stream(messages.byLocale().get(locale).get(key).split("\\|"))
                        .anyMatch(w -> ChineseScript.toSimplified(w.strip().toLowerCase(Locale.ROOT)).equals(word))) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    boolean known() {
        return kind != null;
    }
}
