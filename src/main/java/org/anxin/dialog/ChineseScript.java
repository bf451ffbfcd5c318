package org.anxin.dialog;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Simplified and traditional Chinese, converted with OpenCC's phrase tables (opencc4j, OpenCC's standard
 * traditional characters). Content is written once in simplified characters and shown in traditional ones to those
 * who read them; what users type in traditional characters is read in simplified ones, so that the rules and the
 * model, written and trained on simplified text, read both alike. The tables are loaded once, on first use.
 */
public final class ChineseScript {

    /** The locale the content is written in. */
    public static final String SIMPLIFIED = "zh-CN";
    /** The locale made from {@link #SIMPLIFIED} by conversion. */
    public static final String TRADITIONAL = "zh-Hant";

    private ChineseScript() {
    }

    /** The text in simplified characters; anything that is not Chinese stays as it is. */
    public static String toSimplified(String text) {
        return text == null || text.isEmpty() ? text : ZhConverterUtil.toSimple(text);
    }

    /** The text in traditional characters, phrase by phrase (头发 → 頭髮, 发展 → 發展). */
    public static String toTraditional(String text) {
        return text == null || text.isEmpty() ? text : ZhConverterUtil.toTraditional(text);
    }

    /**
     * Whether the text uses characters only traditional writing has (還, 說, 傳), judged by whether converting it to
     * simplified changes it: characters both scripts share (著名, 皇后) do not count, so simplified text is not
     * mistaken for traditional.
     */
    public static boolean writtenInTraditional(String text) {
        return text != null && !text.isEmpty() && !ZhConverterUtil.toSimple(text).equals(text);
    }
}
