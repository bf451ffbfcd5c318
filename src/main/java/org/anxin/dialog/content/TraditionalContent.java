package org.anxin.dialog.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxin.dialog.ChineseScript;
import org.anxin.dialog.Fact;
import org.anxin.dialog.Form;

/**
 * The zh-Hant content, made from the zh-CN content when the folder is read, so that there is one text to write and
 * review and nothing can fall out of step: messages (buttons among them), knowledge entries and letter fields.
 * Only content is converted: the values users gave, filled into {@code {placeholders}} later, are shown as typed.
 */
final class TraditionalContent {

    static final String FROM = ChineseScript.SIMPLIFIED;
    static final String TO = ChineseScript.TRADITIONAL;

    /** A placeholder's name is a slot's, not words: it stays as written. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9_.-]+}");

    private TraditionalContent() {
    }

    /** A message in traditional characters, its placeholders as they were. */
    static String text(String simplified) {
        StringBuilder converted = new StringBuilder(simplified.length());
        Matcher placeholder = PLACEHOLDER.matcher(simplified);
        int from = 0;
        while (placeholder.find()) {
            converted.append(ChineseScript.toTraditional(simplified.substring(from, placeholder.start())))
                    .append(placeholder.group());
            from = placeholder.end();
        }
        return converted.append(ChineseScript.toTraditional(simplified.substring(from))).toString();
    }

    /** Every message of the zh-CN locale, converted, in the same order. */
    static Map<String, String> messages(Map<String, String> simplified) {
        Map<String, String> converted = new LinkedHashMap<>();
        simplified.forEach((key, text) -> converted.put(key, text(text)));
        return converted;
    }

    /** The texts per locale with a zh-Hant one made from the zh-CN one, when there is one. */
    static Map<String, String> withTraditional(Map<String, String> byLocale) {
        if (!byLocale.containsKey(FROM)) {
            return byLocale;
        }
        Map<String, String> all = new LinkedHashMap<>(byLocale);
        all.put(TO, text(byLocale.get(FROM)));
        return all;
    }

    static Fact fact(Fact fact) {
        return new Fact(fact.id(), fact.kind(), withTraditional(fact.title()), withTraditional(fact.text()),
                fact.lenderTypes(), withTraditional(fact.source()), fact.site(), fact.review(), fact.at());
    }

    static Form form(Form form) {
        List<Form.Field> fields = form.fields().stream().map(f -> new Form.Field(f.name(), withTraditional(f.label()),
                withTraditional(f.hint()), f.type(), f.required(), f.slot(), f.many(), f.suggest(), f.group())).toList();
        return new Form(form.id(), withTraditional(form.title()), fields);
    }
}
