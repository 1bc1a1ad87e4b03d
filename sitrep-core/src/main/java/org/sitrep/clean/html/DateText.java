package org.sitrep.clean.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads the calendar day of a date as pages write it in metadata: ISO 8601 (with or without time and
 * offset; the day is the one written, the writer's local day), compact {@code yyyymmdd},
 * {@code yyyy/mm/dd}, RFC 1123, and English "March 1, 2025" / "1 March 2025". Article files' date fields
 * ({@link org.sitrep.ingest.ArticleJson}) are read the same way.
 */
public final class DateText {

    private static final DateTimeFormatter[] WRITTEN = {
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
    };

    private DateText() {
    }

    /** The years a news report's date can have; a date outside them is a scraper's or a page's fault, not a day. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    /** True for a day within {@link #FIRST_YEAR} and {@link #LAST_YEAR}. */
    public static boolean sane(LocalDate d) {
        return d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR;
    }

    /** The day, or null when the text is not a date this reads or the year is implausible. */
    public static LocalDate parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.length() < 8) {
            return null;
        }
        try {
            LocalDate d = numeric(s);
            if (d == null) {
                d = written(s);
            }
            return d != null && sane(d) ? d : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate numeric(String s) {
        if (digits(s, 0, 4) && (s.charAt(4) == '-' || s.charAt(4) == '/' || s.charAt(4) == '.')
                && s.length() >= 10 && digits(s, 5, 7) && s.charAt(7) == s.charAt(4) && digits(s, 8, 10)
                && (s.length() == 10 || !Character.isDigit(s.charAt(10)))) {
            return LocalDate.of(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10));
        }
        if (digits(s, 0, 8) && (s.length() == 8 || !Character.isDigit(s.charAt(8)))) {
            return LocalDate.of(num(s, 0, 4), num(s, 4, 6), num(s, 6, 8));
        }
        return null;
    }

    private static LocalDate written(String s) {
        if (Character.isLetter(s.charAt(0)) && s.indexOf(',') > 0 && s.length() > 20) {
            try {
                return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
            } catch (DateTimeParseException ignored) {
                // not RFC 1123; try the written forms
            }
        }
        String t = s.replace(".", "").replaceAll("\\s+", " ");
        for (DateTimeFormatter f : WRITTEN) {
            for (int end = t.length(); end >= 8; end--) {
                if (end < t.length() && Character.isDigit(t.charAt(end - 1)) && Character.isDigit(t.charAt(end))) {
                    continue;
                }
                try {
                    return LocalDate.parse(t.substring(0, end), f);
                } catch (DateTimeParseException ignored) {
                    // try a shorter prefix
                }
                if (t.length() - end > 16) {
                    break;
                }
            }
        }
        return null;
    }

    private static boolean digits(String s, int from, int to) {
        if (s.length() < to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }
}
