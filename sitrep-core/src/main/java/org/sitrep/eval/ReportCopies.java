package org.sitrep.eval;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copies of a report that differ from it the way another report of the same kind would: other tolls, and other
 * days. The benches (the command line's, the server's, the Spark job's) make large corpora from a few inputs with these;
 * places are kept.
 */
public final class ReportCopies {
    private ReportCopies() {
    }

    /** Toll-like numbers ("12 civilians", "killing 7") that the copies vary. */
    private static final Pattern TOLL = Pattern.compile("\\b(\\d{1,2})(?= (?:people|civilians|soldiers|fighters|children|"
            + "others|killed|dead|wounded|injured))");

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\b(\\.?)";

    /**
     * Days as reports write them: 2025-10-14 (also inside addresses and timestamps), "Sept. 6, 2025", "March 12",
     * "6 Aug 2025". Month names are matched with their capital so "may" the verb is left alone.
     */
    private static final Pattern DAY = Pattern.compile(
            "(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"
                    + "|\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:(, ?)(\\d{4})(?!\\d))?"
                    + "|\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + "(?:(,? )(\\d{4})(?!\\d))?");

    private static final String[] FULL = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    /** Abbreviations with a full stop, as news agencies write them (March to July spelled out). */
    private static final String[] DOTTED = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
        "Oct.", "Nov.", "Dec."};
    private static final String[] SHORT = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};

    /**
     * The bench's corpus copy number {@code copy} of a report: the first round as given, later rounds with every
     * toll raised by {@code copy % 4}. Gzip-compressed bytes are returned as they are.
     */
    public static byte[] vary(byte[] bytes, int copy) {
        if (copy == 0 || bytes.length > 2 && bytes[0] == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            return bytes; // the first round as given; gzip-compressed input as it is
        }
        return raiseTolls(new String(bytes, StandardCharsets.UTF_8), copy % 4).getBytes(StandardCharsets.UTF_8);
    }

    /** The text with every toll-like number raised by {@code by}. */
    public static String raiseTolls(String text, int by) {
        if (by == 0) {
            return text;
        }
        Matcher m = TOLL.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(Integer.parseInt(m.group(1)) + by));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The text with every day it writes moved {@code weeks} weeks later, in the way it was written. Whole weeks keep
     * "on Tuesday" true of the moved days. A day written without its year is moved within the first year the text
     * names (2025 when it names none); a day that does not exist ("Feb. 30") is left as it is.
     */
    public static String shiftDates(String text, int weeks) {
        if (weeks == 0) {
            return text;
        }
        Matcher year = Pattern.compile("\\b(19|20)\\d{2}\\b").matcher(text);
        int defaultYear = year.find() ? Integer.parseInt(year.group()) : 2025;
        Matcher m = DAY.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(shifted(m, weeks, defaultYear)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String shifted(Matcher m, int weeks, int defaultYear) {
        try {
            if (m.group(1) != null) {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).plusWeeks(weeks);
                return day.toString();
            }
            boolean monthFirst = m.group(4) != null;
            String monthWord = monthFirst ? m.group(4) : m.group(10);
            String dot = monthFirst ? m.group(5) : m.group(11);
            String dayDigits = monthFirst ? m.group(6) : m.group(9);
            String separator = monthFirst ? m.group(7) : m.group(12);
            String yearDigits = monthFirst ? m.group(8) : m.group(13);
            int month = month(monthWord);
            int y = yearDigits != null ? Integer.parseInt(yearDigits) : defaultYear;
            LocalDate day = LocalDate.of(y, month, Integer.parseInt(dayDigits)).plusWeeks(weeks);
            String name = monthName(monthWord, dot, day.getMonthValue());
            String d = day.getDayOfMonth() + suffix(m.group(), dayDigits, day.getDayOfMonth());
            String withYear = yearDigits == null ? "" : separator + day.getYear();
            return monthFirst ? name + " " + d + withYear : d + " " + name + withYear;
        } catch (DateTimeException | NumberFormatException notADay) {
            return m.group();
        }
    }

    private static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < 12; i++) {
            if (FULL[i].toLowerCase(Locale.ROOT).startsWith(w.substring(0, 3))) {
                return i + 1;
            }
        }
        throw new NumberFormatException(word);
    }

    /** The new month named in the style of the old name: spelled out, abbreviated with a full stop, or short. */
    private static String monthName(String old, String dot, int month) {
        if (isFull(old)) {
            return FULL[month - 1];
        }
        if (!dot.isEmpty()) {
            return DOTTED[month - 1];
        }
        return SHORT[month - 1];
    }

    private static boolean isFull(String name) {
        for (String f : FULL) {
            if (f.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** "st", "nd", "rd" or "th" when the old day had one, else nothing. */
    private static String suffix(String whole, String oldDigits, int day) {
        int at = whole.indexOf(oldDigits) + oldDigits.length();
        if (at + 2 > whole.length() || !whole.substring(at, at + 2).matches("st|nd|rd|th")) {
            return "";
        }
        if (day / 10 == 1) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
