package org.anxin.dialog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A test on one slot. Written in flow files as {@code {slot: lender.type, is: bank}}, {@code in: [a, b]},
 * {@code set: true|false}, {@code above: 100} or {@code below: 100}.
 */
public record Condition(String slot, Op op, List<String> values) {

    public enum Op { IS, IN, SET, UNSET, ABOVE, BELOW }

    public Condition {
        values = List.copyOf(values);
    }

    public boolean test(Map<String, String> slots) {
        String actual = slots.get(slot);
        return switch (op) {
            case SET -> actual != null;
            case UNSET -> actual == null;
            case IS, IN -> actual != null && values.contains(actual);
            case ABOVE -> compare(actual) > 0;
            case BELOW -> compare(actual) < 0;
        };
    }

    /** Whether this condition being true proves that the slot holds a value. */
    public boolean provesSet() {
        return op != Op.UNSET;
    }

    private int compare(String actual) {
        if (actual == null) {
            return 0;
        }
        try {
            return new BigDecimal(actual).compareTo(new BigDecimal(values.get(0)));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
