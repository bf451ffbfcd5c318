/**
 * The collection-message analyzer: which parts of a message a collector sent look unlawful (threats, insults,
 * telling others about the debt, pretending to be the police, false legal claims, extra fees or new loans, call
 * bombing, contact at night, paying outside official channels) or like a normal reminder or notice, with the
 * phrases that show it and the rules behind it. Pure: the rules come in as content ({@code dialogs/analyzer/}),
 * the message and its time as values; no Spring, no I/O, no clock.
 */
package org.anxin.evidence.analysis;
