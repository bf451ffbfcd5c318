package org.anxin.dialog.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anxin.dialog.ChineseScript;
import org.anxin.dialog.DialogSet;
import org.anxin.dialog.Fact;
import org.anxin.dialog.Form;
import org.anxin.dialog.Messages;
import org.junit.jupiter.api.Test;

/** zh-Hant is made from zh-CN when the dialogs folder is read: all of it, placeholders intact. */
class TraditionalContentTest {

    private static final LoadedDialogs REAL = DialogLoader.load(DialogFolder.read(Path.of("dialogs")));

    @Test
    void everySimplifiedMessageHasItsTraditionalTwinWithTheSamePlaceholders() {
        Messages messages = REAL.dialogs().messages();
        assertThat(messages.locales()).containsExactly("zh-CN", "en", "zh-Hant");
        assertThat(messages.convertedFrom()).containsEntry("zh-Hant", "zh-CN");
        Map<String, String> simplified = messages.byLocale().get("zh-CN");
        Map<String, String> traditional = messages.byLocale().get("zh-Hant");
        assertThat(traditional.keySet()).isEqualTo(simplified.keySet());
        simplified.forEach((key, text) -> {
            assertThat(Messages.placeholders(traditional.get(key))).as(key).isEqualTo(Messages.placeholders(text));
            assertThat(ChineseScript.toSimplified(traditional.get(key))).as(key).isEqualTo(ChineseScript.toSimplified(text));
        });
        assertThat(traditional.get("engine.lang_switched.zh-Hant")).isEqualTo("好的，我們用繁體中文繼續。");
        assertThat(traditional.get("words.menu")).contains("菜單");
    }

    @Test
    void placeholdersStayAsWrittenEvenWhenTheyLookLikeWords() {
        assertThat(TraditionalContent.text("你欠{lender.name}大约{plan.owed}元，还剩{plan.option_zh-CN}"))
                .isEqualTo("你欠{lender.name}大約{plan.owed}元，還剩{plan.option_zh-CN}");
        assertThat(TraditionalContent.text("没有名字的短信")).isEqualTo("沒有名字的短信");
    }

    @Test
    void knowledgeAndLetterFieldsAreThereInTraditionalToo() {
        DialogSet set = REAL.dialogs();
        for (Fact fact : set.facts().values()) {
            assertThat(fact.title()).as(fact.id()).containsKey("zh-Hant");
            assertThat(fact.text()).as(fact.id()).containsKey("zh-Hant");
            assertThat(fact.source().containsKey("zh-Hant")).as(fact.id()).isEqualTo(fact.source().containsKey("zh-CN"));
        }
        Form complaint = set.forms().get("lender-complaint");
        assertThat(complaint.title()).containsEntry("zh-Hant", "關於違規催收的投訴信");
        for (Form form : set.forms().values()) {
            assertThat(form.title()).as(form.id()).containsKey("zh-Hant");
            form.fields().forEach(f -> assertThat(f.label()).as(form.id() + "." + f.name()).containsKey("zh-Hant"));
        }
    }

    @Test
    void aFolderThatKeepsTraditionalMessagesOfItsOwnIsToldToChangeTheSimplifiedOnes() {
        List<SourceFile> files = new ArrayList<>(DialogFolder.read(Path.of("dialogs")));
        files.add(new SourceFile("messages/zh-Hant.yaml", "engine:\n  help: 幫助\n"));
        List<Problem> problems = DialogLoader.load(files).problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).contains("messages/zh-Hant.yaml", "made from zh-CN", "change messages/zh-CN");
    }
}
