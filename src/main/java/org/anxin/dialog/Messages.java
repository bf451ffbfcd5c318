package org.anxin.dialog;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every user-facing sentence, by key and locale. The first locale is the default. A message may name values in
 * braces, {@code {lender.name}}; they are filled in one pass, so a value is printed as it is, never read as a template.
 */
public record Messages(List<String> locales, Map<String, Map<String, String>> byLocale) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");

    public Messages {
        locales = List.copyOf(locales);
        byLocale = Map.copyOf(byLocale);
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

    /** The names a message fills in, for the validator. */
    public static List<String> placeholders(String template) {
        return PLACEHOLDER.matcher(template).results().map(r -> r.group(1)).toList();
    }

    /** Resolves a user's locale wish (zh, zh-cn, EN, 中文...) to a locale this bot speaks, or null. */
    public String resolveLocale(String wish) {
        if (wish == null) {
            return null;
        }
        String w = wish.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        for (String locale : locales) {
            String l = locale.toLowerCase(java.util.Locale.ROOT);
            if (w.equals(l) || l.startsWith(w + "-") || w.startsWith(l.split("-")[0] + "-") || w.equals(l.split("-")[0])) {
                return locale;
            }
        }
        if (w.equals("中文") || w.equals("简体中文") || w.equals("汉语")) {
            return locales.stream().filter(l -> l.startsWith("zh")).findFirst().orElse(null);
        }
        if (w.equals("english") || w.equals("英文") || w.equals("英语")) {
            return locales.stream().filter(l -> l.startsWith("en")).findFirst().orElse(null);
        }
        return null;
    }
}
