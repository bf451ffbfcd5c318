package org.anxin.dialog;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The engine itself as an extension, so that the validator checks its needs as it checks any capability's: the
 * built-in actions, the messages its parts say (each part lists its own, next to the code that says them), and the
 * slot a hand-off link fills. Messages whose keys depend on the content (a language's name, a form's groups, the
 * words of a command the dialogs define) are checked by the validator against the content itself.
 */
final class BuiltIns implements DialogExtension {

    private static final Set<String> MESSAGES = Set.copyOf(Stream.of(TextInput.MESSAGES, Answering.MESSAGES,
            Answering.REASK, Options.MESSAGES, Navigation.MESSAGES, Commands.MESSAGES, Forms.MESSAGES, MyData.MESSAGES,
            Why.MESSAGES, Referrals.MESSAGES, Attachments.MESSAGES).flatMap(List::stream).toList());

    static final BuiltIns EXTENSION = new BuiltIns();

    private BuiltIns() {
    }

    @Override
    public String name() {
        return "the engine";
    }

    @Override
    public Map<String, Action> actions() {
        return BuiltInActions.all();
    }

    @Override
    public Set<String> messageKeys() {
        return MESSAGES;
    }

    /**
     * The messages the content makes necessary: each language names itself when switched to, each group of a form's
     * fields has its name, each command the dialogs define has its words.
     */
    Set<String> messageKeys(DialogSet dialogs) {
        Set<String> keys = new TreeSet<>();
        dialogs.messages().locales().forEach(locale -> keys.add(DialogEngine.LANG_SWITCHED + locale));
        dialogs.forms().values().forEach(form -> form.groups().forEach(group -> keys.add(Forms.GROUP_PREFIX + group)));
        dialogs.commands().keySet().forEach(name -> keys.add(Command.wordsKey(name)));
        return keys;
    }

    @Override
    public Set<String> fills() {
        return Set.of(DialogEngine.REFERRAL_ORG);
    }
}
