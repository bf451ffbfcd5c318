package org.anxin.dialog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a typed answer into a slot value: numbers and money as plain decimals, dates as ISO dates (relative words
 * such as 昨天 or "yesterday" are read against the turn's time in the user's zone), yes/no as {@code yes}/{@code no}, a
 * moment as {@link Moment#slotValue}.
 */
final class Answers {

    private static final Set<String> YES = Set.of("是", "是的", "对", "对的", "好", "好的", "嗯", "要", "需要", "可以", "有",
            "yes", "y", "yeah", "yep", "ok", "okay", "sure");
    private static final Set<String> NO = Set.of("不", "不是", "否", "没有", "没", "不要", "不用", "不需要", "不可以",
            "不安全", "不太安全", "我不安全", "no", "n", "nope", "not", "not safe", "i'm not safe", "im not safe", "i am not safe");

    private Answers() {
    }

    static Optional<String> parse(SlotType type, String text, Instant at, ZoneId zone) {
        // Words are read in simplified characters (三萬 as 三万, 沒有 as 没有); a text answer is kept as typed.
        String read = type == SlotType.TEXT || type == SlotType.CHOICE ? text : ChineseScript.toSimplified(text);
        return switch (type) {
            case TEXT, CHOICE -> Optional.of(text);
            case NUMBER, MONEY -> Amounts.parse(read).map(v -> v.stripTrailingZeros().toPlainString());
            case DATE -> Dates.parse(read, LocalDate.ofInstant(at, zone)).map(LocalDate::toString);
            case DATETIME -> Dates.parseMoment(read, at, zone).map(moment -> moment.slotValue(zone));
            case YES_NO -> yesNo(read);
            case PHONE -> Phones.parse(read);
        };
    }

    static Optional<String> yesNo(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[。.!！]+$", "");
        if (YES.contains(t)) {
            return Optional.of("yes");
        }
        return NO.contains(t) ? Optional.of("no") : Optional.empty();
    }
}
