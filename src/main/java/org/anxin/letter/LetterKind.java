package org.anxin.letter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of letter: its title per locale, the fields it needs, the knowledge entries it cites as the rules breached
 * (for each lender type, since a microloan company and a bank answer to different rules), and whether it says that
 * it does not deny a lawful debt.
 *
 * @param rules the knowledge ids cited, for each of {@link LenderTypes#ALL}
 * @param locales the locales with a template, zh-CN first
 */
public record LetterKind(String id, Map<String, String> title, List<LetterField> fields, Map<String, List<String>> rules,
        boolean lawfulDebtLine, List<String> locales) {

    public LetterKind {
        title = Map.copyOf(title);
        fields = List.copyOf(fields);
        rules = Map.copyOf(rules);
        locales = List.copyOf(locales);
    }

    /** The rules cited in a letter about a lender of this type. */
    public List<String> rules(String lenderType) {
        return rules.getOrDefault(lenderType, rules.get(LenderTypes.UNKNOWN));
    }

    /** The title in {@code locale}, else in zh-CN. */
    public String title(String locale) {
        return title.getOrDefault(locale, title.get(Letters.MAIN_LOCALE));
    }

    public Optional<LetterField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
