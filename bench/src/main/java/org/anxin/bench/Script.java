package org.anxin.bench;

import java.util.List;

/**
 * What each benchmark chat says, in order, as a borrower would: {@code /start}, agreeing to the consent notice, then
 * round and round through two journeys of the zh-CN dialogs: preparing a negotiation (a sentence typed at the menu,
 * which the language model reads and answers with "did you mean" buttons, one of them the negotiation; then the
 * amount owed and the monthly budget typed in words and figures, answered with the plan and its chart) and calming
 * down (buttons only: "am I safe", then what collectors may not do). Commands, amounts and one-character answers
 * are not read by the model ({@code ModelUnderstanding.worthReading}); the sentence is. Each step waits for the bot's answer before the
 * next: {@code expect} is a piece of the message that completes it, its text or a button's label. Buttons are
 * pressed with the callback data the bot itself sent on its last keyboard, found by the button's label.
 */
final class Script {

    static final String AGREE = "我同意，开始吧";
    static final String NEGOTIATE = "准备和放贷方协商还款";
    static final String CALM = "先让自己平静下来";
    static final String MENU = "回到主菜单";
    static final String GO_ON = "接着说";
    /** Typed at the menu: "I want to talk to the lender about paying in instalments". */
    static final String WANT_TO_NEGOTIATE = "我想和放贷方商量一下分期还款";

    /** A step: typed text, or a press of the button with this label; then what the bot's answer ends with. */
    record Step(boolean press, String said, String expect) {
    }

    /** Amounts owed and monthly budgets as people type them (figures, 万 and 千, w). */
    private static final List<String> OWED = List.of("35000", "3万5", "12000", "8千", "2.6万", "50000", "1.2w", "19800");
    private static final List<String> MONTHLY = List.of("1500", "800", "2000", "1千", "1200", "600", "3000", "950");

    /** The steps before the loop: the first contact and the consent notice. */
    static final int LOOP_START = 2;

    private Script() {
    }

    /** The step a chat takes at this point of its script; {@code variant} picks among the typed amounts. */
    static Step step(int index, long variant) {
        int v = (int) Math.floorMod(variant, OWED.size());
        switch (index) {
            case 0: return new Step(false, "/start", AGREE);
            case 1: return new Step(true, AGREE, NEGOTIATE);
            default: break;
        }
        switch ((index - LOOP_START) % 9) {
            case 0: return new Step(false, WANT_TO_NEGOTIATE, "你是想");
            case 1: return new Step(true, NEGOTIATE, "欠这家放贷方大约多少钱");
            case 2: return new Step(false, OWED.get(v), "每个月大约能拿出多少");
            case 3: return new Step(false, MONTHLY.get(v), MENU);
            case 4: return new Step(true, MENU, CALM);
            case 5: return new Step(true, CALM, "你现在安全吗");
            case 6: return new Step(true, "是", GO_ON);
            case 7: return new Step(true, GO_ON, GO_ON);
            default: return new Step(true, MENU, NEGOTIATE);
        }
    }
}
