package org.sitrep.source;

import org.sitrep.model.EmbeddedPost;
import org.sitrep.time.DateExpressions;
import org.sitrep.time.DateMention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date line of a report: a full date (with its year) standing on a line of its own in the head of
 * the report, before its second paragraph of narration (the first may be a standfirst), as pages print it under the headline or in a credit
 * block ("17 Oct, 2020", "01:10 PM | 3 March 2021", "Updated: 12:30 GMT, 3 March 2021", "By A. Writer | May 2,
 * 2024"). Of several, a line labelled as the publication wins over an unlabelled one, which wins over an
 * "updated" one; among equals the one nearest the narration wins (an aggregator prints its own day above
 * the source's). A line may hold a labelled date of publication and a labelled date of update. Lines with a
 * copyright notice, photo captions, sidebars and embedded posts are not date lines. Immutable; one instance serves all threads.
 */
public final class DateLines {
    /** A line of narration: the head ends before the first one. */
    private static final int NARRATION_WORDS = 30;
    private static final int SENTENCE_WORDS = 20;
    /** Paragraphs a date line may follow: a standfirst under the headline, before the byline and date. */
    private static final int STANDFIRSTS = 1;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?$");
    private static final int MAX_LINES = 20;
    private static final int MAX_CHARS = 2500;
    /** Words beside the date a date line may carry (a byline, a time zone, an outlet). */
    private static final int MAX_OTHER_WORDS = 6;
    private static final int MAX_LINE = 140;
    private static final Pattern TIME = Pattern.compile(
            "(?<!\\d)\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?!\\d)(?:\\s*[AaPp]\\.?\\s?[Mm]\\b\\.?)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’.\\-]*");

    /** What a date line says its date is. */
    public enum Label { PUBLISHED, NONE, UPDATED }

    /**
     * A date line.
     *
     * @param date  the date
     * @param label what the line calls it
     * @param text  the line, stripped
     */
    public record DateLine(LocalDate date, Label label, String text) {
    }

    private final DateExpressions expressions;
    private final Pattern label;
    private final Map<String, String> labels;
    private final List<String> stops;
    private final List<String> feedHeadings;

    public DateLines(DateExpressions expressions) {
        this.expressions = expressions;
        this.labels = expressions.words().values("date-line-label");
        this.stops = expressions.words().phrases("date-line-stop");
        this.feedHeadings = expressions.words().phrases("feed-heading");
        String alt = labels.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .reduce((a, b) -> a + "|" + b).orElse("(?!)");
        this.label = Pattern.compile("(?<![\\p{L}])(" + alt + ")(?![\\p{L}])\\s*:?", Pattern.CASE_INSENSITIVE);
    }

    /** The date line of {@code text}, or null when its head holds none. */
    public DateLine find(String text) {
        return find(text, List.of());
    }

    /**
     * The date line of {@code text}, or null when its head holds none; lines of sidebars and embedded posts
     * (their signatures carry dates) are not date lines.
     */
    public DateLine find(String text, List<EmbeddedPost> posts) {
        return find(text, TextZones.of(text, posts, feedHeadings));
    }

    /** As {@link #find(String, List)}, with the zones of {@code text} already read. */
    DateLine find(String text, TextZones zones) {
        DateLine best = null;
        int paragraphs = 0;
        int lineStart = 0;
        int limit = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i < MAX_LINES && lineStart < limit; i++) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd).strip();
            TextZones.Zone zone = zones.at(lineStart);
            lineStart = lineEnd + 1;
            if (isNarration(line) && ++paragraphs > STANDFIRSTS) {
                break;
            }
            if (zone == TextZones.Zone.SIDEBAR || zone == TextZones.Zone.EMBED
                    || zone == TextZones.Zone.EMBED_SIGNATURE || zone == TextZones.Zone.CAPTION) {
                continue;
            }
            DateLine d = read(line);
            if (d != null && (best == null || d.label().ordinal() <= best.label().ordinal())) {
                best = d;
            }
        }
        return best;
    }

    /** A paragraph of the report's own telling: a long line, or a sentence of some length. */
    private static boolean isNarration(String line) {
        int words = countWords(line);
        return words >= NARRATION_WORDS || words >= SENTENCE_WORDS && SENTENCE_END.matcher(line).find();
    }

    /** The line as a date line, or null when it is something else. */
    DateLine read(String line) {
        if (line.isEmpty() || line.length() > MAX_LINE) {
            return null;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (String stop : stops) {
            if (lower.contains(stop)) {
                return null;
            }
        }
        List<DateMention> dated = new ArrayList<>();
        for (DateMention m : expressions.find(line)) {
            if (m.kind() == DateMention.Kind.EXPLICIT && m.date() != null) {
                dated.add(m);
            }
        }
        if (dated.isEmpty()) {
            return null;
        }
        // each date takes the label written before it ("Published: 3 May 2021 | Updated: 9 May 2021")
        List<Label> labelled = new ArrayList<>();
        StringBuilder others = new StringBuilder();
        int from = 0;
        for (DateMention m : dated) {
            String before = line.substring(from, m.start());
            Label what = Label.NONE;
            Matcher lm = label.matcher(before);
            int kept = 0;
            while (lm.find()) {
                what = "updated".equals(labels.get(lm.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")))
                        ? Label.UPDATED : Label.PUBLISHED;
                others.append(before, kept, lm.start()).append(' ');
                kept = lm.end();
            }
            others.append(before.substring(kept)).append(' ');
            labelled.add(what);
            from = m.end();
        }
        others.append(line.substring(from));
        if (dated.size() > 1 && labelled.contains(Label.NONE)) {
            return null; // two dates without their labels: a range or a listing, not a date line
        }
        int pick = labelled.contains(Label.PUBLISHED) ? labelled.indexOf(Label.PUBLISHED) : 0;
        String residue = TIME.matcher(others).replaceAll(" ");
        for (DateMention m : expressions.find(residue)) {
            if (m.kind() != DateMention.Kind.WEEKDAY) {
                return null;
            }
        }
        if (countWords(residue) > MAX_OTHER_WORDS) {
            return null;
        }
        return new DateLine(dated.get(pick).date(), labelled.get(pick), line);
    }

    private static int countWords(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
