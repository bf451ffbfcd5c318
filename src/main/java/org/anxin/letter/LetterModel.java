package org.anxin.letter;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anxin.dialog.Fact;

/**
 * The data a template sees: every field of the kind (an empty string or list when not answered, so that sections
 * leave it out), values shown the way the locale writes them, the cited rules and a few flags. Only data: nothing
 * here is ever compiled as a template.
 */
final class LetterModel {

    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private LetterModel() {
    }

    /** {@code chosenType} is the lender type the user chose, if any; the lender's registered name, if it shows one, wins. */
    static Map<String, Object> of(LetterKind kind, String locale, Map<String, Object> values, String chosenType,
            Map<String, Fact> facts) {
        boolean zh = locale.startsWith("zh");
        Map<String, Object> model = new HashMap<>();
        model.put("title", kind.title(locale));
        for (LetterField field : kind.fields()) {
            Object value = values.get(field.name());
            model.put(field.name(), show(field.type(), value, zh));
            model.put("has_" + field.name(), value != null);
        }
        model.put("has_loan", List.of("product", "contract_number", "loan_date", "loan_amount").stream()
                .anyMatch(values::containsKey));
        List<Map<String, Object>> rules = new ArrayList<>();
        String lenderType = LenderTypes.of(String.valueOf(values.getOrDefault("lender_name", "")), chosenType);
        for (String id : kind.rules(lenderType)) {
            Fact fact = facts.get(id);
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("n", rules.size() + 1);
            rule.put("source", fact.source().getOrDefault(locale, fact.source().get(Letters.MAIN_LOCALE)));
            rule.put("text", fact.text().getOrDefault(locale, fact.text().get(Letters.MAIN_LOCALE)));
            rules.add(rule);
        }
        model.put("rules", rules);
        model.put("lawful_debt_line", kind.lawfulDebtLine());
        return model;
    }

    private static Object show(FieldType type, Object value, boolean zh) {
        if (value == null) {
            return type == FieldType.LIST || type == FieldType.TIMELINE ? List.of() : "";
        }
        return switch (type) {
            case DATE -> date((LocalDate) value, zh);
            case MONEY -> money((BigDecimal) value, zh);
            case LIST -> {
                List<Map<String, Object>> items = new ArrayList<>();
                for (Object item : (List<?>) value) {
                    items.add(Map.of("n", items.size() + 1, "text", item));
                }
                yield items;
            }
            case TIMELINE -> {
                List<Map<String, Object>> items = new ArrayList<>();
                for (Object item : (List<?>) value) {
                    TimelineEntry e = (TimelineEntry) item;
                    Map<String, Object> m = new HashMap<>();
                    m.put("n", items.size() + 1);
                    m.put("date", date(e.date(), zh));
                    m.put("time", e.time() == null ? "" : e.time());
                    m.put("channel", e.channel());
                    m.put("number", e.number() == null ? "" : e.number());
                    m.put("what", e.what());
                    m.put("who", e.who() == null ? "" : e.who());
                    items.add(m);
                }
                yield items;
            }
            default -> value.toString();
        };
    }

    static String date(LocalDate date, boolean zh) {
        return (zh ? ZH_DATE : EN_DATE).format(date);
    }

    static String money(BigDecimal amount, boolean zh) {
        DecimalFormat format = new DecimalFormat(amount.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        String n = format.format(amount);
        return zh ? n + " 元" : "CNY " + n;
    }
}
