package org.anxin.counselor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anxin.dialog.Choice;
import org.anxin.dialog.DialogSet;
import org.anxin.dialog.Flow;
import org.anxin.dialog.Step;

/**
 * The flows a hand-off link may open, with the words users see for them: the main menu itself, what the main menu
 * opens, and what the first menus of those open (the common situations). Read from the dialogs, so a new menu entry
 * is offered without a change here; flows no menu opens (consent, erasure, the lender question that returns to its
 * caller) and the sharing flow, which needs a link to have been opened, are never a place to start.
 */
final class StartFlows {

    /** A flow a link may open, and the message key of the menu choice that opens it. */
    record StartFlow(String id, String labelKey) {
    }

    /** Names the main menu itself, which no menu choice leads to. */
    static final String MAIN_MENU_LABEL = "channel.command.menu";

    /** The sharing flow is the counselor's own (dialogs/flows/handoff.yaml); the engine does not name it. */
    private static final String SHARING_FLOW = "handoff";
    private static final Set<String> NEVER = Set.of(DialogSet.CONSENT_FLOW, DialogSet.ERASE_FLOW, SHARING_FLOW);

    private StartFlows() {
    }

    /** In the menus' order, the main menu first. */
    static List<StartFlow> of(DialogSet dialogs) {
        Map<String, String> found = new LinkedHashMap<>();
        Flow start = dialogs.flow(DialogSet.START_FLOW);
        if (start == null) {
            return List.of();
        }
        found.put(start.id(), MAIN_MENU_LABEL);
        List<String> fromMainMenu = new ArrayList<>();
        opened(start.step(DialogSet.MENU_STEP), dialogs, found, fromMainMenu);
        for (String flow : fromMainMenu) {
            Flow f = dialogs.flow(flow);
            opened(f.step(f.start()), dialogs, found, new ArrayList<>());
        }
        return found.entrySet().stream().map(e -> new StartFlow(e.getKey(), e.getValue())).toList();
    }

    static boolean startable(DialogSet dialogs, String flow) {
        return of(dialogs).stream().anyMatch(f -> f.id().equals(flow));
    }

    /** The flows a step's choices open at their start ({@code "flow:"}), each with the first label that opens it. */
    private static void opened(Step step, DialogSet dialogs, Map<String, String> found, List<String> added) {
        if (step == null) {
            return;
        }
        for (Choice choice : step.choices()) {
            String target = choice.target();
            if (target == null || !target.endsWith(":") || target.indexOf(':') != target.length() - 1) {
                continue;
            }
            String flow = target.substring(0, target.length() - 1);
            if (!NEVER.contains(flow) && dialogs.flow(flow) != null && !found.containsKey(flow)) {
                found.put(flow, choice.label());
                added.add(flow);
            }
        }
    }
}
