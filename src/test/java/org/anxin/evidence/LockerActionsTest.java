package org.anxin.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxin.dialog.Action;
import org.anxin.dialog.Incident;
import org.anxin.content.ShippedDialogs;
import org.anxin.dialog.DialogSet;
import org.junit.jupiter.api.Test;

/** Counting and numbering incidents in the user's zone; "now" is 2026-11-23 20:00 in Shanghai. */
class LockerActionsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DialogSet DIALOGS = ShippedDialogs.checked().loaded().dialogs();

    private List<Incident> locker = new ArrayList<>();

    private Map<String, String> run(String action, Map<String, String> slots) {
        Action.Result result = LockerActions.all().get(action)
                .apply(new Action.Context(slots, NOW, SHANGHAI, "zh-CN", locker, DIALOGS));
        locker = result.evidence();
        Map<String, String> changes = new HashMap<>(result.slots());
        return changes;
    }

    private void log(String when, String channel) {
        run("evidence.add", Map.of("incident.when", when, "incident.channel", channel, "incident.what", "骂人"));
    }

    @Test
    void countsByDayInTheUsersZoneAndByChannelWithTheNightOnes() {
        // 2026-11-22 16:30 UTC is already 11-23 00:30 in Shanghai: a night call today, not yesterday.
        log("2026-11-22T16:30:00Z", "call");
        log("2026-11-22T14:00:00Z", "call");   // 22:00 yesterday: at night
        log("2026-11-22T13:59:00Z", "call");   // 21:59 yesterday: not yet
        log("2026-11-22T02:00:00Z", "sms");    // 10:00 yesterday
        log("2026-11-21 afternoon", "relative");
        log("2026-11-21T23:30:00Z", "wechat"); // 07:30 yesterday: at night

        String counts = run("evidence.list", Map.of()).get("evidence.counts");

        assertThat(counts).contains("一共 6 条，其中 3 条在晚上 22:00 到早上 8:00 之间")
                .contains("今天：电话 1 次，其中 1 次在 22:00 到 8:00 之间")
                .contains("昨天：电话 2 次，短信 1 次，微信 1 次，其中 2 次在 22:00 到 8:00 之间")
                .contains("11月21日：联系了我的家人、朋友或单位 1 次");
        assertThat(counts.indexOf("今天")).isLessThan(counts.indexOf("昨天"));
    }

    @Test
    void incidentsAreNumberedByWhenTheyHappenedAndPickedByThatNumber() {
        log("2026-11-22T14:00:00Z", "call");
        log("2026-11-20", "sms");

        String listing = run("evidence.list", Map.of()).get("evidence.listing");
        assertThat(listing).startsWith("1. 11月20日 短信").contains("\n2. 昨天 22:00 电话");

        Map<String, String> picked = run("evidence.pick", Map.of("evidence.n", "2"));
        assertThat(picked).containsEntry("evidence.found", "yes").containsEntry("evidence.target", "1");
        assertThat(run("evidence.pick", Map.of("evidence.n", "3"))).containsEntry("evidence.found", "no");
        assertThat(run("evidence.pick", Map.of("evidence.n", "0"))).containsEntry("evidence.found", "no");
    }

    @Test
    void changingAndDeletingTouchOnlyTheChosenIncident() {
        log("2026-11-22T14:00:00Z", "call");
        log("2026-11-20", "sms");

        run("evidence.update", Map.of("evidence.target", "2", "evidence.field", "channel", "incident.channel", "wechat"));
        assertThat(locker).extracting(Incident::channel).containsExactly("call", "wechat");

        Map<String, String> deleted = run("evidence.delete", Map.of("evidence.target", "1"));
        assertThat(locker).extracting(Incident::id).containsExactly(2);
        assertThat(deleted).containsEntry("evidence.count", "1");
    }

    @Test
    void aLetterFieldTheUserTypedIsNeverReplacedByTheLocker() {
        log("2026-11-22T14:00:00Z", "call");
        Map<String, String> offered = run("evidence.letter", Map.of());
        assertThat(offered.get("letter.timeline")).startsWith("2026-11-22 22:00 电话");

        Map<String, String> typed = run("evidence.letter", Map.of("letter.timeline", "我自己写的"));
        assertThat(typed).doesNotContainKey("letter.timeline");
    }

    @Test
    void aLetterFieldStillAsTheLockerOfferedItFollowsTheNewRecordsAndTheOfferIsKeptApartFromTheAnswers() {
        log("2026-11-22T14:00:00Z", "call");
        Action.Result first = letter(Map.of(), Map.of());
        String timeline = first.slots().get("letter.timeline");
        assertThat(first.offered()).containsEntry("letter.timeline", timeline);
        assertThat(first.slots().keySet()).allMatch(slot -> slot.startsWith("letter."));

        log("2026-11-22T15:00:00Z", "sms");
        Action.Result second = letter(Map.of("letter.timeline", timeline), first.offered());

        assertThat(second.slots().get("letter.timeline")).contains("电话", "短信");
        assertThat(second.offered()).containsEntry("letter.timeline", second.slots().get("letter.timeline"));
    }

    private Action.Result letter(Map<String, String> slots, Map<String, String> offered) {
        Map<String, String> given = new HashMap<>(offered);
        given.values().removeIf(java.util.Objects::isNull);
        return LockerActions.all().get("evidence.letter")
                .apply(new Action.Context(slots, NOW, SHANGHAI, "zh-CN", locker, DIALOGS, given));
    }
}
