package org.anxin.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the shape of a rendered letter back from its text, for the PDF and the DOCX: the first line is the title,
 * "一、..." or "I. ..." lines are headings, "1. ..." lines are numbered items, an empty line is a gap. Other short
 * documents in the letters' look (the data summary) give their lines already shaped.
 */
public final class LetterLayout {

    /** What a line is: the title, a heading, a numbered item (its later lines indented), a paragraph, a gap. */
    public enum Kind { TITLE, HEADING, ITEM, TEXT, GAP }

    public record Line(Kind kind, String text) {
    }

    private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十]+、|[IVX]+\\. ).*");
    private static final Pattern ITEM = Pattern.compile("^\\d+[.、）)] ?.*");

    private LetterLayout() {
    }

    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        boolean titleSeen = false;
        for (String raw : text.split("\n", -1)) {
            String line = raw.stripTrailing();
            if (line.isBlank()) {
                if (!lines.isEmpty() && lines.get(lines.size() - 1).kind() != Kind.GAP) {
                    lines.add(new Line(Kind.GAP, ""));
                }
            } else if (!titleSeen) {
                lines.add(new Line(Kind.TITLE, line.strip()));
                titleSeen = true;
            } else if (HEADING.matcher(line).matches()) {
                lines.add(new Line(Kind.HEADING, line));
            } else if (ITEM.matcher(line).matches()) {
                lines.add(new Line(Kind.ITEM, line));
            } else {
                lines.add(new Line(Kind.TEXT, line));
            }
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).kind() == Kind.GAP) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
