package org.sitrep.extract.figure;

import org.sitrep.extract.CuePhrases;
import org.sitrep.extract.QuoteMarks;
import org.sitrep.extract.SentenceMentions;
import org.sitrep.extract.count.Casualty;
import org.sitrep.extract.count.CasualtyLexicon;
import org.sitrep.extract.count.CasualtyReader;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceFrame;
import org.sitrep.model.Tokens;
import org.sitrep.pipeline.Report;
import org.sitrep.time.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the aggregate tallies of a report: every count of killed, injured, displaced, detained, missing
 * people or captured places that is not the toll of one of the report's events, with its group, area,
 * period and originator. A count an event already carries ("airstrikes killed 13 civilians in Idlib on
 * Monday") stays with the event; a count over days ("between November 26 and December 1 … killed at least
 * 44"), a displacement figure, a number of captured settlements or a war's historical toll becomes a figure.
 * Counts inside quotation marks are the speaker's words and are left to the quotes.
 */
public final class FigureExtractor {
    private final CasualtyReader reader;
    private final CasualtyLexicon words;
    private final CuePhrases<String> speech;

    public FigureExtractor(CasualtyReader reader, CasualtyLexicon words, CuePhrases<String> speech) {
        this.reader = reader;
        this.words = words;
        this.speech = speech;
    }

    public List<Figure> figures(Report report, SentenceMentions mentions) {
        String text = report.body().text();
        Tokens tokens = report.reading().tokens();
        Map<String, Figure> out = new LinkedHashMap<>();
        for (Sentence s : report.reading().sentences()) {
            if (s.headline()) {
                continue;
            }
            List<TimeExpression> times = mentions.times(s.index());
            CasualtyReader.Excluded dates = i -> inTime(tokens, times, i);
            List<Casualty> counts = reader.read(tokens, s.firstToken(), s.endToken(), dates);
            boolean consumedBefore = false;
            for (Casualty c : counts) {
                boolean consumed = c.subset() ? consumedBefore
                        : carriedByEvent(report, s, c) || (!tally(times) && restatesToll(report, c));
                consumedBefore = consumed;
                if (c.count() == null || consumed || QuoteMarks.inside(tokens, s, c.first())) {
                    continue;
                }
                SourceFrame frame = report.attributions().of(s.index());
                LocalDate[] period = period(tokens, times, s);
                Evidence ev = Evidence.of(report.id(), text, s.start(), s.end(), frame.source(), frame.hedge());
                Figure f = new Figure(c.kind(), c.count(), c.quantity().qualifier(), c.group(),
                        area(mentions.mentions(s.index()), tokens.start(c.first())), period[0], period[1],
                        frame.source(), List.of(ev));
                out.merge(c.kind() + "|" + c.count() + "|" + c.group(), f, FigureExtractor::same);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** A repeated tally is one figure with both pieces of evidence; the first keeps its details. */
    private static Figure same(Figure a, Figure b) {
        List<Evidence> ev = new ArrayList<>(a.evidence());
        ev.addAll(b.evidence());
        return new Figure(a.kind(), a.count(), a.qualifier(), a.group(), a.area() != null ? a.area() : b.area(),
                a.periodStart() != null ? a.periodStart() : b.periodStart(),
                a.periodEnd() != null ? a.periodEnd() : b.periodEnd(),
                a.attributedTo() != null ? a.attributedTo() : b.attributedTo(), ev);
    }

    /**
     * True when an event read from this sentence carries the count as its toll, or is the arrest or abduction
     * the count numbers ("arrested 14 people").
     */
    private boolean carriedByEvent(Report report, Sentence s, Casualty c) {
        if (c.count() == null) {
            return false;
        }
        for (Event e : report.events().events()) {
            boolean carried = words.carries(e.subEventType(), c.kind()) || c.count().equals(toll(e, c.kind()));
            if (carried && e.evidence().stream().anyMatch(ev -> ev.start() < s.end() && ev.end() > s.start())) {
                return true;
            }
        }
        return false;
    }

    /** True when one of the report's events has this count as its toll: the sentence tells it again. */
    private static boolean restatesToll(Report report, Casualty c) {
        return c.count() != null && report.events().events().stream().anyMatch(e -> c.count().equals(toll(e, c.kind())));
    }

    private static Long toll(Event e, FigureKind kind) {
        Integer n = kind == FigureKind.KILLED ? e.fatalities() : kind == FigureKind.INJURED ? e.injuries() : null;
        return n == null ? null : n.longValue();
    }

    /** True when the sentence says the count covers a span of days ("between", "since", "as of", "last week"). */
    private static boolean tally(List<TimeExpression> times) {
        for (TimeExpression t : times) {
            if (t.relation() != TimeExpression.Relation.ON && t.relation() != TimeExpression.Relation.FUTURE) {
                return true;
            }
            if (t.first() != null && t.last() != null && !t.first().equals(t.last())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inTime(Tokens tokens, List<TimeExpression> times, int i) {
        int at = tokens.start(i);
        for (TimeExpression t : times) {
            if (at >= t.start() && at < t.end()) {
                return true;
            }
        }
        return false;
    }

    /** The place the tally covers: the first place named after the number, else the first of the sentence. */
    private static Place area(List<Mention> ms, int offset) {
        Place first = null;
        for (Mention m : ms) {
            if (m.type() != EntityType.LOCATION || m.place() == null) {
                continue;
            }
            if (m.start() >= offset) {
                return m.place();
            }
            first = first == null ? m.place() : first;
        }
        return first;
    }

    /** {start, end} of the span the sentence says the tally covers; the day a statement was made is not one. */
    private LocalDate[] period(Tokens tokens, List<TimeExpression> times, Sentence s) {
        for (TimeExpression t : times) {
            if (t.relation() == TimeExpression.Relation.FUTURE || t.last() == null) {
                continue;
            }
            switch (t.relation()) {
                case UNTIL:
                    return new LocalDate[] {null, t.last()};
                case BETWEEN:
                case SINCE:
                    return new LocalDate[] {t.first(), t.last()};
                default:
                    if (!statementDay(tokens, t, s)) {
                        return new LocalDate[] {t.first(), t.last()};
                    }
            }
        }
        return new LocalDate[] {null, null};
    }

    private boolean statementDay(Tokens tokens, TimeExpression t, Sentence s) {
        int k = tokens.indexAt(t.start()) - 1;
        if (k >= s.firstToken() && tokens.text(k).equalsIgnoreCase("on")) {
            k--;
        }
        return k >= s.firstToken() && speech.startsAt(tokens, k, k + 1);
    }
}
