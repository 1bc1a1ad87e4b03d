package org.sitrep.source;

import org.sitrep.model.Caption;
import org.sitrep.model.CleanBody;
import org.sitrep.model.EmbeddedPost;
import org.sitrep.time.DateExpressions;
import org.sitrep.time.DateMention;
import org.sitrep.time.DateWords;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time expressions of a body sorted by what they can tell about the day of publication: days the report
 * tells as past or present, days told as the start of something still going on (strictly before the
 * report), and the years that can complete a date written without its year. Dates in sidebars, captions,
 * embedded posts, listings and future clauses tell no day.
 *
 * @param days      day mentions that are past or present for the report
 * @param weekdays  weekday mentions that are past or present for the report
 * @param fullDates dates written with their year anywhere but sidebars (body, captions, post signatures)
 * @param pastYears bare years told as past ("since 2020", "in March 2023")
 * @param thisYears bare years told as the current one ("so far in 2025")
 */
public record DateEvidence(List<Dated> days, List<Dated> weekdays, List<LocalDate> fullDates,
                           List<Integer> pastYears, List<Integer> thisYears) {

    public DateEvidence {
        days = List.copyOf(days);
        weekdays = List.copyOf(weekdays);
        fullDates = List.copyOf(fullDates);
        pastYears = List.copyOf(pastYears);
        thisYears = List.copyOf(thisYears);
    }

    /**
     * A mention with its role.
     *
     * @param mention the expression
     * @param strict  true when the day is told as before the report ("the attack, which began on Wednesday")
     * @param bound   true when the day only bounds the publication from below (a post's signature date)
     */
    public record Dated(DateMention mention, boolean strict, boolean bound) {
    }

    /** Reads the evidence of {@code body}. */
    public static DateEvidence read(CleanBody body, DateExpressions expressions) {
        return read(body, expressions.find(body.text()), expressions);
    }

    /** Reads the evidence of {@code body}, whose expressions of time {@code mentions} are already found. */
    public static DateEvidence read(CleanBody body, List<DateMention> mentions, DateExpressions expressions) {
        return read(body, mentions, null, expressions);
    }

    /** As {@link #read(CleanBody, List, DateExpressions)}, with the body's zones already read (or null). */
    static DateEvidence read(CleanBody body, List<DateMention> mentions, TextZones zones, DateExpressions expressions) {
        Reader r = lastReader;
        if (r == null || r.expressions != expressions) {
            r = new Reader(expressions); // compiles its patterns: made once per set of expressions, not per report
            lastReader = r;
        }
        return r.read(body, mentions, zones);
    }

    /** The reader of the expressions last asked for (a pipeline has one set); readers are immutable. */
    private static volatile Reader lastReader;

    private static final class Reader {
        private static final Pattern DAY_RANGE_END = Pattern.compile("\\s?[-–]\\s?([0-3]?\\d)(?![\\d:])");
        private final DateExpressions expressions;
        private final DateWords words;
        private final Pattern future;
        private final Pattern startClause;
        private final Pattern since;
        private final Pattern dayPartAfter;
        private final Pattern currentBefore;
        private final Pattern currentAfter;

        Reader(DateExpressions expressions) {
            this.expressions = expressions;
            this.words = expressions.words();
            future = Pattern.compile("(?<![\\w'’])(?:" + alt(words.phrases("future-cue")) + ")(?![\\w'’])",
                    Pattern.CASE_INSENSITIVE);
            startClause = Pattern.compile("\\b(?:which|that|who)\\b[^,;.:!?\\n]{0,50}?\\b(?:"
                    + alt(words.phrases("start-verb")) + ")\\s+(?:(?:early|late)\\s+)?(?:on\\s+)?$",
                    Pattern.CASE_INSENSITIVE);
            since = Pattern.compile("\\bsince\\s+(?:(?:early|late)\\s+)?$", Pattern.CASE_INSENSITIVE);
            dayPartAfter = Pattern.compile("^\\s+(?:" + alt(words.phrases("day-part")) + ")\\b",
                    Pattern.CASE_INSENSITIVE);
            currentBefore = Pattern.compile("(?:" + alt(words.phrases("current-year-before")) + ")\\s+(?:the\\s+)?$",
                    Pattern.CASE_INSENSITIVE);
            currentAfter = Pattern.compile("^\\s+(?:" + alt(words.phrases("current-year-after")) + ")\\b",
                    Pattern.CASE_INSENSITIVE);
        }

        DateEvidence read(CleanBody body, List<DateMention> mentions, TextZones known) {
            String text = body.text();
            TextZones zones = known != null ? known : TextZones.of(text, body.embeddedPosts(), words.phrases("feed-heading"));
            List<Dated> days = new ArrayList<>();
            List<Dated> weekdays = new ArrayList<>();
            List<LocalDate> fullDates = new ArrayList<>();
            List<Integer> pastYears = new ArrayList<>();
            List<Integer> thisYears = new ArrayList<>();
            for (DateMention m : mentions) {
                TextZones.Zone zone = zones.at(m.start());
                if (zone == TextZones.Zone.SIDEBAR || zone == TextZones.Zone.LISTING) {
                    continue;
                }
                boolean isFuture = inFutureClause(text, m.start());
                if (isFuture) {
                    continue;
                }
                if (m.date() != null && zone != TextZones.Zone.EMBED) {
                    fullDates.add(m.date());
                }
                switch (m.kind()) {
                    case YEAR, MONTH_YEAR -> {
                        if (zone == TextZones.Zone.NARRATION) {
                            (isCurrentYear(text, m) ? thisYears : pastYears).add(m.year());
                        }
                    }
                    case EXPLICIT -> {
                        if (zone == TextZones.Zone.EMBED_SIGNATURE) {
                            days.add(new Dated(m, false, true));
                        } else if (zone == TextZones.Zone.NARRATION && !isListing(text, zones, m)) {
                            days.add(new Dated(rangeEnd(text, m), isStrict(text, m), false));
                        }
                    }
                    case WEEKDAY -> {
                        if (zone == TextZones.Zone.NARRATION) {
                            weekdays.add(new Dated(m, isStrict(text, m), false));
                        }
                    }
                    default -> {
                    }
                }
            }
            for (EmbeddedPost post : body.embeddedPosts()) {
                if (post.date() != null) {
                    fullDates.add(post.date());
                }
            }
            for (Caption caption : body.captions()) {
                for (DateMention m : expressions.find(caption.text())) {
                    if (m.date() != null) {
                        fullDates.add(m.date());
                    }
                }
            }
            return new DateEvidence(days, weekdays, fullDates, pastYears, thisYears);
        }

        /** The last day of a range of days of one month ("December 20-21"), else the mention itself. */
        private static DateMention rangeEnd(String text, DateMention m) {
            if (m.year() != null || m.weekday() != null) {
                return m;
            }
            Matcher r = DAY_RANGE_END.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 6)));
            if (!r.lookingAt()) {
                return m;
            }
            int day = Integer.parseInt(r.group(1));
            if (day <= m.day() || day > m.month().maxLength()) {
                return m;
            }
            int end = m.end() + r.end();
            return new DateMention(m.start(), end, m.kind(), m.month(), day, null, null, 0,
                    text.substring(m.start(), end));
        }

        /** A clause boundary lies between every future cue and the mention, else the mention is future. */
        private boolean inFutureClause(String text, int start) {
            int from = start;
            while (from > 0 && start - from < 200) {
                char c = text.charAt(from - 1);
                if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '\n' || c == '—'
                        || c == '–' || c == '(' || c == ')' || c == '"' || c == '“' || c == '”') {
                    break;
                }
                from--;
            }
            return future.matcher(text.substring(from, start)).find();
        }

        private boolean isStrict(String text, DateMention m) {
            String before = text.substring(Math.max(0, m.start() - 80), m.start());
            if (startClause.matcher(before).find()) {
                return true;
            }
            if (since.matcher(before).find()) {
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20));
                return !dayPartAfter.matcher(after).find();
            }
            return false;
        }

        private boolean isCurrentYear(String text, DateMention m) {
            String before = text.substring(Math.max(0, m.start() - 40), m.start()).toLowerCase(Locale.ROOT);
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20));
            return currentBefore.matcher(before).find() || currentAfter.matcher(after).find();
        }

        /** A date heading a link, a date after a headline ("... – April 25, 2025"), or a date alone on its line. */
        private static boolean isListing(String text, TextZones zones, DateMention m) {
            int ls = zones.lineStart(m.start());
            int le = text.indexOf('\n', m.end());
            if (le < 0) {
                le = text.length();
            }
            String before = text.substring(ls, m.start()).strip();
            String after = text.substring(m.end(), le).strip();
            if (before.isEmpty() && (after.isEmpty() || after.matches("^[-–—·|•:].*") && after.length() < 160)) {
                return true;
            }
            if (after.isEmpty() || after.equals(")")) {
                return before.matches(".*(?:[-–—·|•(]|\\(updated:?)$") || words(before) < 4;
            }
            return after.matches("^[·|•]\\s*\\d+\\s*min.*");
        }

        private static int words(String s) {
            return s.isBlank() ? 0 : s.strip().split("\\s+").length;
        }

        private static String alt(List<String> phrases) {
            return phrases.stream().sorted((a, b) -> b.length() - a.length())
                    .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                    .reduce((a, b) -> a + "|" + b).orElse("(?!)");
        }
    }
}
