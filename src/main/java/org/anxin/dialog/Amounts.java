package org.anxin.dialog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts the way borrowers write them: 35000, 35,000元, ¥3.5万, 3万5, 1.2w, 35k, 三万五千, 三万五, 两千五百.
 * A lone digit right after a unit counts in the next smaller unit (3万5 is 35,000), as people say it.
 */
public final class Amounts {

    private static final Pattern TOKEN = Pattern.compile("(\\d+(?:\\.\\d+)?)|([零〇一二两三四五六七八九])|([十百千万亿])");
    private static final String DIGITS = "零一二三四五六七八九";

    private Amounts() {
    }

    /** The amount, rounded to cents, or empty when the text is not an amount of money. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = normalize(text);
        if (s.isEmpty() || s.length() > 40) {
            return Optional.empty();
        }
        if (s.matches("\\d+(\\.\\d+)?")) {
            return Optional.of(new BigDecimal(s).setScale(2, RoundingMode.HALF_UP));
        }
        return parseWithUnits(s).map(v -> v.setScale(2, RoundingMode.HALF_UP));
    }

    private static String normalize(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                c = (char) (c - '０' + '0');
            } else if (c == '．') {
                c = '.';
            }
            b.append(c);
        }
        return b.toString().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("^(rmb|cny|¥|￥)", "")
                .replaceAll("\\s*(rmb|cny|yuan|元整|元|块钱|块)$", "")
                .replaceAll("(?<=\\d),(?=\\d{3})", "")
                .replace('w', '万').replace('k', '千')
                .replace(" ", "");
    }

    private static Optional<BigDecimal> parseWithUnits(String s) {
        Matcher m = TOKEN.matcher(s);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal pending = null;
        BigDecimal lastUnit = null;
        boolean pendingIsLoneDigit = false;
        boolean zeroSeen = false;
        int pos = 0;
        while (m.find()) {
            if (m.start() != pos) {
                return Optional.empty();
            }
            pos = m.end();
            if (m.group(3) != null) {
                BigDecimal unit = unitValue(m.group(3).charAt(0));
                BigDecimal count = pending == null ? (unit.compareTo(BigDecimal.TEN) == 0 ? BigDecimal.ONE : null) : pending;
                if (unit.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
                    BigDecimal group = section.add(count == null ? BigDecimal.ZERO : count);
                    if (group.signum() == 0) {
                        return Optional.empty();
                    }
                    total = unit.compareTo(BigDecimal.valueOf(10_000)) == 0
                            ? total.add(group.multiply(unit))
                            : total.add(group).multiply(unit);
                    section = BigDecimal.ZERO;
                } else {
                    if (count == null) {
                        return Optional.empty();
                    }
                    section = section.add(count.multiply(unit));
                }
                pending = null;
                lastUnit = unit;
                zeroSeen = false;
                continue;
            }
            if (pending != null) {
                return Optional.empty();
            }
            if (m.group(1) != null) {
                pending = new BigDecimal(m.group(1));
                pendingIsLoneDigit = m.group(1).length() == 1;
            } else {
                char c = m.group(2).charAt(0);
                int digit = c == '两' ? 2 : c == '〇' ? 0 : DIGITS.indexOf(c);
                zeroSeen |= digit == 0;
                pending = digit == 0 ? null : BigDecimal.valueOf(digit);
                pendingIsLoneDigit = true;
            }
        }
        if (pos != s.length() || (lastUnit == null && pending == null)) {
            return Optional.empty();
        }
        if (pending != null) {
            boolean colloquial = lastUnit != null && pendingIsLoneDigit && !zeroSeen && lastUnit.compareTo(BigDecimal.TEN) > 0;
            section = section.add(colloquial ? pending.multiply(lastUnit).divide(BigDecimal.TEN) : pending);
        }
        return Optional.of(total.add(section));
    }

    private static BigDecimal unitValue(char unit) {
        return switch (unit) {
            case '十' -> BigDecimal.TEN;
            case '百' -> BigDecimal.valueOf(100);
            case '千' -> BigDecimal.valueOf(1_000);
            case '万' -> BigDecimal.valueOf(10_000);
            default -> BigDecimal.valueOf(100_000_000);
        };
    }
}
