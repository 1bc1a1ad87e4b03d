package org.sitrep.extract.figure;

import org.sitrep.extract.CuePhrases;
import org.sitrep.extract.SentenceMentions;
import org.sitrep.extract.count.Casualty;
import org.sitrep.extract.count.CasualtyLexicon;
import org.sitrep.extract.count.CasualtyReader;
import org.sitrep.model.EntityType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceFrame;
import org.sitrep.model.Tokens;
import org.sitrep.pipeline.Budget;
import org.sitrep.pipeline.Report;
import org.sitrep.time.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the aggregate tallies of a report: every count of killed, injured, displaced, detained, missing,
 * captured or rescued people (or captured places) that is not the toll of one of the report's events, with its
 * group, area, period and originator. Whether a count is a figure is told by {@link FigureSieve}s asked in
 * order: a quoted count is the speaker's; an arrest's count is its event's; counts of other kinds than the
 * killed and injured are figures; a count over a span of days, of a war or of several incidents is a tally; one
 * a sentence ties to one incident ("killed in the attack") is that incident's toll, and so, in a report whose
 * events carry a toll, is any other count of the killed or injured not far above it. A count of the killed or
 * injured told with no reason of its own to be a tally is that toll again when the report ties the same number,
 * or a toll not far below it, to an incident elsewhere. A part
 * of a count ("including eight children") follows the count it is part of. A tally told twice (same kind and
 * number) is one figure.
 */
public final class FigureExtractor {
    private final CasualtyReader reader;
    private final CuePhrases<String> speech;
    private final List<FigureSieve> sieves;
    private final QuotedCount quoted = new QuotedCount();

    public FigureExtractor(CasualtyReader reader, CasualtyLexicon words, CuePhrases<String> speech) {
        this(reader, words, speech, FigureCues.loadDefault());
    }

    public FigureExtractor(CasualtyReader reader, CasualtyLexicon words, CuePhrases<String> speech, FigureCues cues) {
        this.reader = reader;
        this.speech = speech;
        this.sieves = List.of(quoted, new ArrestEvent(words), new OtherKinds(), new SpanTally(cues), new AggregateTally(cues),
                new SingleIncident(cues), new IncidentToll());
    }

    public List<Figure> figures(Report report, SentenceMentions mentions) {
        String text = report.body().text();
        Tokens tokens = report.reading().tokens();
        List<Kept> kept = new ArrayList<>();
        Set<String> tolls = new HashSet<>();
        for (Sentence s : report.reading().sentences()) {
            Budget.check();
            if (s.headline()) {
                continue;
            }
            List<TimeExpression> times = mentions.times(s.index());
            CasualtyReader.Excluded dates = i -> inTime(tokens, times, i);
            List<Casualty> counts = reader.read(tokens, s.firstToken(), s.endToken(), dates);
            FigureSieve.Verdict before = null;
            for (Casualty c : counts) {
                CountInContext in = new CountInContext(report, s, c, times);
                FigureSieve.Verdict v = c.subset() ? part(before, in) : verdict(in); // a part follows its whole
                before = v;
                if (c.count() == null) {
                    continue;
                }
                if (v == FigureSieve.Verdict.NOT_FIGURE) {
                    if (c.kind() == FigureKind.KILLED || c.kind() == FigureKind.INJURED) {
                        tolls.add(key(c));
                    }
                    continue;
                }
                SourceFrame frame = report.attributions().of(s.index());
                LocalDate[] period = period(tokens, times, s);
                Evidence ev = Evidence.of(report.id(), text, s.start(), s.end(), frame.source(), frame.hedge());
                Figure f = new Figure(c.kind(), c.count(), c.quantity().qualifier(), c.group(),
                        area(mentions.mentions(s.index()), tokens.start(c.first())), period[0], period[1],
                        frame.source(), List.of(ev));
                kept.add(new Kept(key(c), f, v == null));
            }
        }
        long largest = 0;
        for (String t : tolls) {
            largest = Math.max(largest, Long.parseLong(t.substring(t.indexOf('|') + 1)));
        }
        Map<String, Figure> out = new LinkedHashMap<>();
        for (Kept k : kept) {
            if (!(k.undecided && toldAgain(k, tolls, largest))) {
                out.merge(k.key, k.figure, FigureExtractor::same);
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * True when a count of the killed or injured no sieve decided is an incident's toll the report tells elsewhere:
     * the same number, or one not far above the largest toll the report ties to an incident ("27 bodies have been
     * identified" after "118 dead … in the riot").
     */
    private static boolean toldAgain(Kept k, Set<String> tolls, long largest) {
        FigureKind kind = k.figure.kind();
        if (kind != FigureKind.KILLED && kind != FigureKind.INJURED) {
            return false;
        }
        return tolls.contains(k.key) || (largest > 0 && k.figure.count() <= IncidentToll.FAR * largest);
    }

    /** A figure found, and whether no sieve decided it (a figure only for want of a reason it is not). */
    private record Kept(String key, Figure figure, boolean undecided) {
    }

    private static String key(Casualty c) {
        return c.kind() + "|" + c.count();
    }

    /** The verdict of the first sieve that has one; null when none has (the count is then a figure). */
    private FigureSieve.Verdict verdict(CountInContext c) {
        for (FigureSieve sieve : sieves) {
            FigureSieve.Verdict v = sieve.judge(c);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** A part of a count ("including eight children") is what its whole is, unless it stands in a quotation. */
    private FigureSieve.Verdict part(FigureSieve.Verdict whole, CountInContext c) {
        FigureSieve.Verdict q = quoted.judge(c);
        return q != null ? q : whole;
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
        if (k >= s.firstToken() && tokens.isIgnoreCase(k, "on")) {
            k--;
        }
        return k >= s.firstToken() && speech.startsAt(tokens, k, k + 1);
    }
}
