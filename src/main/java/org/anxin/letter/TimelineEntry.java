package org.anxin.letter;

import java.time.LocalDate;

/** One dated incident: when, how (call, SMS, WeChat, visit), from which number, what happened, who was contacted. */
public record TimelineEntry(LocalDate date, String time, String channel, String number, String what, String who) {
}
