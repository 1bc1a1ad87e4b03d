package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the expressions of time in a text: days of months in the shapes English news writes them, weekday
 * names, relative day words, months of years and bare years. The patterns are built once from
 * {@link DateWords}; {@link #find} is thread-safe.
 */
public final class DateExpressions {
    /** A day of the month; a colon after it is punctuation ("Sept 7: Six ...") unless a time follows ("7:30"). */
    private static final String DAY = "([0-3]?\\d)(?:st|nd|rd|th)?(?!\\d|:\\d)";
    private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";

    private final DateWords words;
    private final Pattern monthFirst;
    private final Pattern dayFirst;
    private final Pattern iso;
    private final Pattern monthYear;
    private final Pattern bareYear;
    private final Pattern weekday;
    private final Pattern relative;
    private final Pattern relativeSpan;
    private final List<String> weekdayBlockers;
    private final TriggerWindows monthWindows;
    private final TriggerWindows weekdayWindows;
    private final TriggerWindows relativeWindows;

    public DateExpressions(DateWords words) {
        this.words = words;
        String month = alternation(words.months().keySet());
        String anyWeekday = alternation(concat(words.weekdays().keySet(), words.weekdayAbbreviations().keySet()));
        String fullWeekday = alternation(words.weekdays().keySet());
        // Every expression opens at a word start; the look-behind lets the engine skip other positions cheaply.
        // "Friday, Nov. 29", "Tuesday (November 14th)": a weekday written with its date, perhaps in parentheses
        String leadingWeekday = "(?<![\\p{L}\\p{N}])(?:\\b(" + anyWeekday + ")\\b\\.?,?\\s+\\(?)?";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        // the year after a comma, a space or a slash ("June 24/2021")
        monthFirst = Pattern.compile(leadingWeekday + "\\b(" + month + ")\\b\\.?\\s+" + DAY
                + "(?:(?:,?\\s+|/)" + YEAR + ")?", flags);
        dayFirst = Pattern.compile(leadingWeekday + "(?:the\\s+)?\\b" + DAY + "\\s+(?:of\\s+)?(" + month + ")\\b\\.?"
                + "(?:,?\\s+" + YEAR + ")?", flags);
        iso = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:\\b|(?=T\\d))"); // also "2025-03-03T10:00"
        monthYear = Pattern.compile("(?<![\\p{L}\\p{N}])\\b(" + month + ")\\b\\.?,?\\s+" + YEAR, flags);
        bareYear = Pattern.compile("(?<![\\d,.$£€/])((?:19|20)\\d{2})(?![\\d]|,\\d|\\.\\d)");
        weekday = Pattern.compile("(?<![\\p{L}\\p{N}])\\b(" + fullWeekday + ")(?:['’]s)?\\b", flags);
        relative = Pattern.compile("(?<![\\p{L}\\p{N}])\\b(" + alternation(words.relativeDays().keySet()) + ")\\b", flags);
        relativeSpan = Pattern.compile("(?<![\\p{L}\\p{N}])\\b(" + alternation(words.phrases("relative-span")) + ")\\b", flags);
        weekdayBlockers = words.phrases("weekday-blocker");
        // Month and weekday expressions need a capitalised month or weekday word; relative ones their first word.
        monthWindows = new TriggerWindows(words.months().keySet(), true, 48, 40);
        weekdayWindows = new TriggerWindows(words.weekdays().keySet(), true, 4, 24);
        java.util.Set<String> relativeFirst = new java.util.HashSet<>(TriggerWindows.firstWords(words.relativeDays().keySet()));
        relativeFirst.addAll(TriggerWindows.firstWords(words.phrases("relative-span")));
        relativeWindows = new TriggerWindows(relativeFirst, false, 4, 80);
    }

    /**
     * Where an ISO date or a bare year can start: at each "19" or "20", up to the longest such expression
     * (2025-03-03 is ten characters), merged where they meet. Searching only there finds what a search of the
     * whole text finds, without trying both patterns at every position of every report.
     */
    static List<int[]> yearWindows(String text) {
        List<int[]> windows = new ArrayList<>();
        int n = text.length();
        for (int p = 0; p + 1 < n; p++) {
            char c = text.charAt(p);
            char next = text.charAt(p + 1);
            if (c == '1' && next == '9' || c == '2' && next == '0') {
                TriggerWindows.append(windows, p, Math.min(n, p + YEAR_REACH));
            }
        }
        return windows;
    }

    private static final int YEAR_REACH = 10;

    /** A matcher that searches only inside the window, seeing the text around it for its boundaries. */
    private static Matcher in(Pattern p, String text, int[] window) {
        return p.matcher(text).region(window[0], window[1]).useTransparentBounds(true).useAnchoringBounds(false);
    }

    public static DateExpressions loadDefault() {
        return new DateExpressions(DateWords.loadDefault());
    }

    public DateWords words() {
        return words;
    }

    /** All time expressions in {@code text}, in order of position, none overlapping. */
    public List<DateMention> find(String text) {
        boolean[] taken = new boolean[text.length()];
        List<DateMention> out = new ArrayList<>();
        List<int[]> yearSpans = yearWindows(text);
        Matcher m;
        for (int[] w : yearSpans) {
            m = in(iso, text, w);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                int mo = Integer.parseInt(m.group(2));
                int d = Integer.parseInt(m.group(3));
                if (mo >= 1 && mo <= 12 && validDay(Month.of(mo), d)) {
                    add(out, taken, new DateMention(m.start(), m.end(), DateMention.Kind.EXPLICIT, Month.of(mo), d,
                            y, null, 0, m.group()));
                }
            }
        }
        List<int[]> monthSpans = monthWindows.of(text);
        for (int[] w : monthSpans) {
            explicit(in(monthFirst, text, w), text, 3, 2, taken, out);
        }
        for (int[] w : monthSpans) {
            explicit(in(dayFirst, text, w), text, 2, 3, taken, out);
        }
        for (int[] w : monthSpans) {
            m = in(monthYear, text, w);
            while (m.find()) {
                if (capitalised(text, m.start(1)) && free(taken, m.start(), m.end())) {
                    add(out, taken, new DateMention(m.start(), m.end(), DateMention.Kind.MONTH_YEAR,
                            words.month(m.group(1)), 0, Integer.parseInt(m.group(2)), null, 0, m.group()));
                }
            }
        }
        for (int[] w : yearSpans) {
            m = in(bareYear, text, w);
            while (m.find()) {
                if (free(taken, m.start(), m.end())) {
                    add(out, taken, new DateMention(m.start(), m.end(), DateMention.Kind.YEAR, null, 0,
                            Integer.parseInt(m.group(1)), null, 0, m.group()));
                }
            }
        }
        for (int[] w : weekdayWindows.of(text)) {
            m = in(weekday, text, w);
            while (m.find()) {
                if (capitalised(text, m.start()) && free(taken, m.start(), m.end()) && !blocked(text, m.start())) {
                    add(out, taken, new DateMention(m.start(), m.end(), DateMention.Kind.WEEKDAY, null, 0, null,
                            words.weekday(m.group(1)), 0, m.group()));
                }
            }
        }
        List<int[]> relativeSpans = relativeWindows.of(text);
        for (int[] w : relativeSpans) {
            m = in(relativeSpan, text, w);
            while (m.find()) {
                if (free(taken, m.start(), m.end())) {
                    add(out, taken, new DateMention(m.start(), m.end(), DateMention.Kind.RELATIVE_SPAN, null, 0,
                            null, null, 0, m.group()));
                }
            }
        }
        for (int[] w : relativeSpans) {
            m = in(relative, text, w);
            while (m.find()) {
                if (free(taken, m.start(), m.end())) {
                    Integer days = words.relativeDays().get(m.group(1).toLowerCase(Locale.ROOT));
                    add(out, taken, new DateMention(m.start(), m.end(), DateMention.Kind.RELATIVE, null, 0, null,
                            null, days == null ? 0 : days, m.group()));
                }
            }
        }
        out.sort(Comparator.comparingInt(DateMention::start));
        return List.copyOf(out);
    }

    private void explicit(Matcher m, String text, int dayGroup, int monthGroup, boolean[] taken,
                          List<DateMention> out) {
        while (m.find()) {
            Month month = words.month(m.group(monthGroup));
            int day = Integer.parseInt(m.group(dayGroup));
            if (month == null || !validDay(month, day) || !capitalised(text, m.start(monthGroup))) {
                continue;
            }
            int start = m.start();
            DayOfWeek wd = null;
            if (m.group(1) != null) {
                if (capitalised(text, m.start(1))) {
                    wd = words.weekday(m.group(1));
                } else {
                    start = m.start(monthGroup < dayGroup ? monthGroup : dayGroup);
                }
            }
            Integer year = m.group(4) == null ? null : Integer.parseInt(m.group(4));
            if (free(taken, start, m.end())) {
                add(out, taken, new DateMention(start, m.end(), DateMention.Kind.EXPLICIT, month, day, year, wd, 0,
                        text.substring(start, m.end())));
            }
        }
    }

    private boolean blocked(String text, int start) {
        int from = Math.max(0, start - 24);
        String before = text.substring(from, start).toLowerCase(Locale.ROOT).stripTrailing();
        for (String b : weekdayBlockers) {
            if (before.endsWith(b) && (before.length() == b.length()
                    || !Character.isLetter(before.charAt(before.length() - b.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean validDay(Month month, int day) {
        return day >= 1 && day <= month.maxLength();
    }

    private static boolean capitalised(String text, int at) {
        return Character.isUpperCase(text.charAt(at));
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<DateMention> out, boolean[] taken, DateMention mention) {
        for (int i = mention.start(); i < mention.end(); i++) {
            taken[i] = true;
        }
        out.add(mention);
    }

    private static List<String> concat(java.util.Collection<String> a, java.util.Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A regex alternation of the phrases, longest first, each quoted; spaces match any whitespace. */
    static String alternation(java.util.Collection<String> phrases) {
        return phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }
}
