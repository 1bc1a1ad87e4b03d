package org.sitrep.time;

import org.sitrep.text.FoldedPattern;

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
    private final FoldedPattern monthFirst;
    private final FoldedPattern dayFirst;
    private final Pattern iso;
    private final FoldedPattern monthYear;
    private final Pattern bareYear;
    private final FoldedPattern weekday;
    private final FoldedPattern relative;
    private final FoldedPattern relativeSpan;
    private final List<String> weekdayBlockers;
    /** Windows of the month, weekday and relative expressions, found in one walk over the words. */
    private final TriggerWindows.Walk triggerWalk;
    /** False when a date word is not lower-case ASCII: the lowered copy would then miss some of its matches. */
    private final boolean foldable;
    /** True when each relative phrase opens with a word of letters only, which the walk over words sees whole. */
    private final boolean relativeOpenWithWords;
    /** True when each month and weekday name is a word of letters only, which the walk over words sees whole. */
    private final boolean monthsAreWords;

    public DateExpressions(DateWords words) {
        this.words = words;
        List<String> anyWeekdays = concat(words.weekdays().keySet(), words.weekdayAbbreviations().keySet());
        String month = alternation(words.months().keySet());
        String anyWeekday = alternation(anyWeekdays);
        String fullWeekday = alternation(words.weekdays().keySet());
        List<String> relativeSpans = words.phrases("relative-span");
        // Every expression opens at a word start; the look-behind lets the engine skip other positions cheaply.
        // "Friday, Nov. 29", "Tuesday (November 14th)": a weekday written with its date, perhaps in parentheses
        String leadingWeekday = "(?<![\\p{L}\\p{N}])(?:\\b(" + anyWeekday + ")\\b\\.?,?\\s+\\(?)?";
        // the year after a comma, a space or a slash ("June 24/2021")
        monthFirst = FoldedPattern.compile(leadingWeekday + "\\b(" + month + ")\\b\\.?\\s+" + DAY
                + "(?:(?:,?\\s+|/)" + YEAR + ")?", openings(anyWeekdays, words.months().keySet()));
        dayFirst = FoldedPattern.compile(leadingWeekday + "(?:the\\s+)?\\b" + DAY + "\\s+(?:of\\s+)?(" + month
                + ")\\b\\.?" + "(?:,?\\s+" + YEAR + ")?", openings(anyWeekdays, List.of("the")) + DIGITS);
        iso = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:\\b|(?=T\\d))"); // also "2025-03-03T10:00"
        monthYear = FoldedPattern.compile("(?<![\\p{L}\\p{N}])\\b(" + month + ")\\b\\.?,?\\s+" + YEAR,
                openings(words.months().keySet()));
        bareYear = Pattern.compile("(?<![\\d,.$£€/])((?:19|20)\\d{2})(?![\\d]|,\\d|\\.\\d)");
        weekday = FoldedPattern.compile("(?<![\\p{L}\\p{N}])\\b(" + fullWeekday + ")(?:['’]s)?\\b",
                openings(words.weekdays().keySet()));
        relative = FoldedPattern.compile("(?<![\\p{L}\\p{N}])\\b(" + alternation(words.relativeDays().keySet()) + ")\\b",
                openings(words.relativeDays().keySet()));
        relativeSpan = FoldedPattern.compile("(?<![\\p{L}\\p{N}])\\b(" + alternation(relativeSpans) + ")\\b",
                openings(relativeSpans));
        weekdayBlockers = words.phrases("weekday-blocker");
        foldable = java.util.stream.Stream.of(anyWeekdays, words.months().keySet(), words.relativeDays().keySet(),
                relativeSpans).flatMap(java.util.Collection::stream).allMatch(FoldedPattern::isLowerAscii);
        // Month and weekday expressions need a capitalised month or weekday word; relative ones their first word.
        java.util.Set<String> relativeFirst = new java.util.HashSet<>(TriggerWindows.firstWords(words.relativeDays().keySet()));
        relativeFirst.addAll(TriggerWindows.firstWords(relativeSpans));
        relativeOpenWithWords = relativeFirst.stream().allMatch(DateExpressions::isWord);
        monthsAreWords = concat(anyWeekdays, words.months().keySet()).stream().allMatch(DateExpressions::isWord);
        // The fourth family only marks where month and weekday words stand, in any case: where the month
        // patterns can open (their windows are the first family's).
        triggerWalk = new TriggerWindows.Walk(List.of(
                new TriggerWindows(words.months().keySet(), true, 48, 40),
                new TriggerWindows(words.weekdays().keySet(), true, 4, 24),
                new TriggerWindows(relativeFirst, false, 4, 80),
                new TriggerWindows(new java.util.HashSet<>(concat(anyWeekdays, words.months().keySet())), false, 0, 0)));
    }

    private static final String DIGITS = "0123456789";

    private static boolean isWord(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isLetter);
    }

    /** The first characters of the phrases: a match of an alternation of them opens with one of these. */
    @SafeVarargs
    private static String openings(java.util.Collection<String>... phrases) {
        StringBuilder out = new StringBuilder();
        for (java.util.Collection<String> list : phrases) {
            for (String p : list) {
                if (!p.isEmpty()) {
                    out.append(p.charAt(0));
                }
            }
        }
        return out.toString();
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
        return in(p.matcher(text), window);
    }

    /** As {@link #in(Pattern, String, int[])}, searching the lowered copy where there is one. */
    private static Matcher in(FoldedPattern p, String text, String lowered, int[] window) {
        return in(p.matcher(text, lowered), window);
    }

    private static Matcher in(Matcher m, int[] window) {
        return m.region(window[0], window[1]).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * Hands {@code onMatch} the matches of {@code p} in the windows, as a search of each window from its start
     * finds them, for a pattern whose every match opens at a trigger word. On the lowered copy the pattern is
     * tried only at the trigger words, not at every position of the windows: there a match opens with the
     * letters of a trigger, which the text writes in ASCII, so the word there is one. Without the copy a
     * case-blind match may open at a word written with other letters, and each window is searched in full.
     */
    private static void atTriggers(FoldedPattern p, String text, String lowered, TriggerWindows.Found found,
                                   java.util.function.Consumer<Matcher> onMatch) {
        if (lowered == null) {
            for (int[] w : found.windows()) {
                Matcher m = in(p, text, null, w);
                while (m.find()) {
                    onMatch.accept(m);
                }
            }
            return;
        }
        Matcher m = p.matcher(text, lowered).useTransparentBounds(true).useAnchoringBounds(false);
        int[] starts = found.starts();
        int k = 0;
        for (int[] w : found.windows()) {
            int searched = w[0]; // a search resumes after its last match
            for (; k < starts.length && starts[k] < w[1]; k++) {
                if (starts[k] >= searched && m.region(starts[k], w[1]).lookingAt()) {
                    onMatch.accept(m);
                    searched = m.end();
                }
            }
        }
    }

    /** Group {@code g} as the text writes it (the matcher may have searched the lowered copy). */
    private static String group(Matcher m, String text, int g) {
        return m.start(g) < 0 ? null : text.substring(m.start(g), m.end(g));
    }

    public static DateExpressions loadDefault() {
        return new DateExpressions(DateWords.loadDefault());
    }

    public DateWords words() {
        return words;
    }

    /** All time expressions in {@code text}, in order of position, none overlapping. */
    public List<DateMention> find(String text) {
        return find(text, foldable);
    }

    /**
     * As {@link #find(String)}; with {@code onLoweredCopy} false, every pattern searches the text itself
     * case-insensitively across its windows (the slower way, which gives the same expressions).
     */
    List<DateMention> find(String text, boolean onLoweredCopy) {
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
        List<TriggerWindows.Found> triggered = triggerWalk.windows(text);
        List<int[]> monthSpans = triggered.get(0).windows();
        List<int[]> weekdaySpans = triggered.get(1).windows();
        // Windows are few and short in most reports; lowering the whole text pays only where there are some.
        String lowered = !onLoweredCopy || monthSpans.isEmpty() && weekdaySpans.isEmpty()
                && triggered.get(2).windows().isEmpty() ? null : FoldedPattern.lowered(text);
        // monthFirst and monthYear open at a month word or at the weekday before one: tried at those words only
        TriggerWindows.Found monthOpenings = new TriggerWindows.Found(monthSpans, triggered.get(3).starts());
        String monthCopy = monthsAreWords ? lowered : null;
        atTriggers(monthFirst, text, monthCopy, monthOpenings, m1 -> explicit(m1, text, 3, 2, taken, out));
        for (int[] w : monthSpans) {
            m = in(dayFirst, text, lowered, w); // opens at a weekday, "the" or a digit: searched in full
            while (m.find()) {
                explicit(m, text, 2, 3, taken, out);
            }
        }
        atTriggers(monthYear, text, monthCopy, monthOpenings, m1 -> {
            if (capitalised(text, m1.start(1)) && free(taken, m1.start(), m1.end())) {
                add(out, taken, new DateMention(m1.start(), m1.end(), DateMention.Kind.MONTH_YEAR,
                        words.month(group(m1, text, 1)), 0, Integer.parseInt(m1.group(2)), null, 0,
                        group(m1, text, 0)));
            }
        });
        for (int[] w : yearSpans) {
            m = in(bareYear, text, w);
            while (m.find()) {
                if (free(taken, m.start(), m.end())) {
                    add(out, taken, new DateMention(m.start(), m.end(), DateMention.Kind.YEAR, null, 0,
                            Integer.parseInt(m.group(1)), null, 0, m.group()));
                }
            }
        }
        for (int[] w : weekdaySpans) {
            m = in(weekday, text, lowered, w);
            while (m.find()) {
                if (capitalised(text, m.start()) && free(taken, m.start(), m.end()) && !blocked(text, m.start())) {
                    add(out, taken, new DateMention(m.start(), m.end(), DateMention.Kind.WEEKDAY, null, 0, null,
                            words.weekday(group(m, text, 1)), 0, group(m, text, 0)));
                }
            }
        }
        TriggerWindows.Found relativeWords = triggered.get(2);
        String anchoredCopy = relativeOpenWithWords ? lowered : null;
        atTriggers(relativeSpan, text, anchoredCopy, relativeWords, m1 -> {
            if (free(taken, m1.start(), m1.end())) {
                add(out, taken, new DateMention(m1.start(), m1.end(), DateMention.Kind.RELATIVE_SPAN, null, 0,
                        null, null, 0, group(m1, text, 0)));
            }
        });
        atTriggers(relative, text, anchoredCopy, relativeWords, m1 -> {
            if (free(taken, m1.start(), m1.end())) {
                Integer days = words.relativeDays().get(group(m1, text, 1).toLowerCase(Locale.ROOT));
                add(out, taken, new DateMention(m1.start(), m1.end(), DateMention.Kind.RELATIVE, null, 0, null,
                        null, days == null ? 0 : days, group(m1, text, 0)));
            }
        });
        out.sort(Comparator.comparingInt(DateMention::start));
        return List.copyOf(out);
    }

    /** Adds the day of a month-first or day-first match, unless its words say no day or it overlaps one taken. */
    private void explicit(Matcher m, String text, int dayGroup, int monthGroup, boolean[] taken,
                          List<DateMention> out) {
        Month month = words.month(group(m, text, monthGroup));
        int day = Integer.parseInt(m.group(dayGroup));
        if (month == null || !validDay(month, day) || !capitalised(text, m.start(monthGroup))) {
            return;
        }
        int start = m.start();
        DayOfWeek wd = null;
        if (m.start(1) >= 0) {
            if (capitalised(text, m.start(1))) {
                wd = words.weekday(group(m, text, 1));
            } else {
                start = m.start(monthGroup < dayGroup ? monthGroup : dayGroup);
            }
        }
        Integer year = m.start(4) < 0 ? null : Integer.parseInt(m.group(4));
        if (free(taken, start, m.end())) {
            add(out, taken, new DateMention(start, m.end(), DateMention.Kind.EXPLICIT, month, day, year, wd, 0,
                    text.substring(start, m.end())));
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
