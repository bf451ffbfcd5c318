package org.anxin.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every user-facing sentence, by key and locale. The first locale is the default. A message may name values in
 * braces, {@code {lender.name}}; they are filled in one pass, so a value is printed as it is, never read as a template.
 * Some locales are not written but converted from another ({@code convertedFrom}: zh-Hant from zh-CN).
 */
public record Messages(List<String> locales, Map<String, Map<String, String>> byLocale, Map<String, String> convertedFrom) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");
    /** Subtags of a Chinese locale tag that mean traditional characters: zh-Hant, zh-TW, zh-HK, zh-MO. */
    private static final Set<String> TRADITIONAL_SUBTAGS = Set.of("hant", "tw", "hk", "mo");
    private static final Set<String> TRADITIONAL_NAMES = Set.of("繁體", "繁体", "繁體中文", "繁体中文",
            "正體", "正體中文", "中文繁體", "traditional", "traditional chinese");
    private static final Set<String> CHINESE_NAMES = Set.of("中文", "简体", "簡體", "简体中文",
            "簡體中文", "汉语", "漢語", "simplified", "simplified chinese", "chinese");
    private static final Set<String> ENGLISH_NAMES = Set.of("english", "英文", "英语", "英語");

    public Messages {
        locales = List.copyOf(locales);
        byLocale = Map.copyOf(byLocale);
        convertedFrom = Map.copyOf(convertedFrom);
    }

    /** Messages whose locales are all written by hand. */
    public Messages(List<String> locales, Map<String, Map<String, String>> byLocale) {
        this(locales, byLocale, Map.of());
    }

    /** The locales written by hand, in order: those that examples and reviews are kept in. */
    public List<String> writtenLocales() {
        return locales.stream().filter(l -> !convertedFrom.containsKey(l)).toList();
    }

    public String defaultLocale() {
        return locales.get(0);
    }

    public boolean has(String locale, String key) {
        return byLocale.getOrDefault(locale, Map.of()).containsKey(key);
    }

    /** The message in this locale, or the key itself if it is missing (the validator keeps that from happening). */
    public String text(String locale, String key, Map<String, String> values) {
        String template = byLocale.getOrDefault(locale, Map.of()).get(key);
        if (template == null) {
            template = byLocale.get(defaultLocale()).getOrDefault(key, key);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        return m.replaceAll(found -> Matcher.quoteReplacement(values.getOrDefault(found.group(1), "")));
    }

    /**
     * Items joined by the separator a message gives ("、", ", "): messages are stored stripped, so a Latin separator
     * gets its space back here.
     */
    public String join(String locale, String separatorKey, List<String> items) {
        String separator = text(locale, separatorKey, Map.of());
        return String.join(separator.matches("\\p{ASCII}+") ? separator + " " : separator, items);
    }

    /** The names a message fills in, for the validator. */
    public static List<String> placeholders(String template) {
        return PLACEHOLDER.matcher(template).results().map(r -> r.group(1)).toList();
    }

    /**
     * Resolves a user's locale wish to a locale this bot speaks, or null: a tag of any case (zh, zh-cn, zh_TW,
     * zh-Hant-HK, EN-us) or a name (中文, 繁體, English). Chinese of Taiwan, Hong Kong and Macau, or tagged Hant, is
     * traditional; other Chinese is the first Chinese locale.
     */
    public String resolveLocale(String wish) {
        if (wish == null) {
            return null;
        }
        String w = wish.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (String locale : locales) {
            if (w.equals(locale.toLowerCase(Locale.ROOT))) {
                return locale;
            }
        }
        boolean traditionalTag = w.startsWith("zh-") && Arrays.stream(w.split("-")).anyMatch(TRADITIONAL_SUBTAGS::contains);
        if (traditionalTag || TRADITIONAL_NAMES.contains(w)) {
            return locales.contains(ChineseScript.TRADITIONAL) ? ChineseScript.TRADITIONAL : firstStartingWith("zh");
        }
        if (CHINESE_NAMES.contains(w) || w.equals("zh") || w.startsWith("zh-")) {
            return locales.contains(ChineseScript.SIMPLIFIED) ? ChineseScript.SIMPLIFIED : firstStartingWith("zh");
        }
        if (ENGLISH_NAMES.contains(w)) {
            return firstStartingWith("en");
        }
        String language = w.split("-")[0];
        return locales.stream().filter(l -> l.toLowerCase(Locale.ROOT).split("-")[0].equals(language))
                .findFirst().orElse(null);
    }

    private String firstStartingWith(String language) {
        return locales.stream().filter(l -> l.startsWith(language)).findFirst().orElse(null);
    }
}
