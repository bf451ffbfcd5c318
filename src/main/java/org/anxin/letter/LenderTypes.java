package org.anxin.letter;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of lender a letter can be about, which decide the rules it cites: a microloan company answers to the
 * microloan measures, a bank to the banking industry's guideline. The name on the contract says the most (the
 * registered name carries 银行, 消费金融 or 小额贷款); what the user chose earlier in the chat comes next.
 */
public final class LenderTypes {

    /** The answer key under which a letter may be told the lender type the user chose (not a field of any kind). */
    public static final String ANSWER_KEY = "lender_type";
    public static final String UNKNOWN = "unknown";
    public static final List<String> ALL = List.of("bank", "consumer_finance", "microloan", "facilitation", "agency", UNKNOWN);

    private LenderTypes() {
    }

    /** The type a lender's registered name shows, else the one the user chose, else unknown. */
    public static String of(String lenderName, String chosen) {
        String name = lenderName == null ? "" : lenderName.toLowerCase(Locale.ROOT);
        if (name.contains("消费金融") || name.contains("consumer finance")) {
            return "consumer_finance";
        }
        if (name.contains("小额贷款") || name.contains("小贷") || name.contains("microloan") || name.contains("micro-loan")) {
            return "microloan";
        }
        if (name.contains("银行") || name.contains("bank")) {
            return "bank";
        }
        if (name.contains("催收")) {
            return "agency";
        }
        return chosen != null && ALL.contains(chosen) ? chosen : UNKNOWN;
    }
}
