package org.sitrep.source;

import org.sitrep.time.DateExpressions;
import org.sitrep.time.DateMention;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline at the start of a report: a place in capitals or title case, optionally its country,
 * optionally a date, optionally an agency in parentheses, then a dash or a colon. Only the first lines of
 * the body are read, so a scrape's leftover menu lines before the article do not hide it.
 */
public final class DatelineReader {
    private static final String PLACE_WORD = "[A-Z][\\p{L}'’.\\-]*";
    private static final String PLACE = PLACE_WORD + "(?:[ \\-]" + PLACE_WORD + "){0,3}";
    static final Pattern LEAD = Pattern.compile(
            "^[ \\t]*(" + PLACE + "(?:,[ \\t]+" + PLACE + "){0,2})(?:,[ \\t]*|[ \\t]+(?=\\())");
    static final Pattern CREDIT_END = Pattern.compile(
            "^[ \\t]*(?:\\(([A-Z][^()\\n]{0,40})\\))?[ \\t]*(?:[-–—]+|:)[ \\t]*");
    private static final int MAX_LINES = 12;
    private static final int MAX_CHARS = 3000;

    private final DateExpressions expressions;

    public DatelineReader(DateExpressions expressions) {
        this.expressions = expressions;
    }

    /** The dateline of {@code text}, or null. */
    public Dateline find(String text) {
        int lineStart = 0;
        for (int i = 0; i < MAX_LINES && lineStart < Math.min(text.length(), MAX_CHARS); i++) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            Dateline d = read(line);
            if (d != null) {
                return d;
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    private Dateline read(String line) {
        if (line.length() < 20) {
            return null;
        }
        // Both patterns open with ^: lookingAt finds what find finds, without trying every later position.
        Matcher lead = LEAD.matcher(line);
        int pos;
        String place = null;
        if (lead.lookingAt()) {
            place = lead.group(1);
            pos = lead.end();
        } else {
            pos = 0;
        }
        DateMention date = null;
        List<DateMention> mentions = expressions.find(line.substring(pos, Math.min(line.length(), pos + 40)));
        if (!mentions.isEmpty() && mentions.get(0).start() == leadingSpace(line, pos)
                && mentions.get(0).kind() == DateMention.Kind.EXPLICIT) {
            DateMention m = mentions.get(0);
            date = new DateMention(m.start() + pos, m.end() + pos, m.kind(), m.month(), m.day(), m.year(),
                    m.weekday(), 0, m.text());
            pos = date.end();
        }
        Matcher end = CREDIT_END.matcher(line.substring(pos));
        if (!end.lookingAt()) {
            return null;
        }
        String credit = end.group(1);
        if (place == null && (date == null || credit == null)) {
            return null;
        }
        if (place != null && date == null && credit == null && !isAllCaps(place)) {
            return null;
        }
        if (pos + end.end() >= line.length()) {
            return null;
        }
        String text = line.substring(0, pos + end.start() + (credit == null ? 0 : end.group().indexOf(')') + 1))
                .strip();
        return new Dateline(text, place, date, credit == null ? null : credit.strip());
    }

    private static int leadingSpace(String line, int pos) {
        int i = pos;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i - pos;
    }

    private static boolean isAllCaps(String place) {
        String first = place.split(",")[0];
        return first.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
