package org.sitrep.extract;

import org.sitrep.model.Mention;
import org.sitrep.model.Names;
import org.sitrep.model.Reading;
import org.sitrep.model.Sentence;
import org.sitrep.model.Times;
import org.sitrep.time.TimeExpression;

import java.util.ArrayList;
import java.util.List;

/**
 * The body mentions and time expressions of a report grouped by sentence, built once per report so the
 * extractors can look at one sentence's names and times without scanning the whole report.
 */
public final class SentenceMentions {
    private final List<List<Mention>> mentions;
    private final List<List<TimeExpression>> times;

    private SentenceMentions(List<List<Mention>> mentions, List<List<TimeExpression>> times) {
        this.mentions = mentions;
        this.times = times;
    }

    public static SentenceMentions of(Reading reading, Names names, Times times) {
        int n = reading.sentences().size();
        List<List<Mention>> byMention = new ArrayList<>(n);
        List<List<TimeExpression>> byTime = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byMention.add(new ArrayList<>(4));
            byTime.add(new ArrayList<>(1));
        }
        for (Mention m : names.mentions()) {
            if (m.zone() == 0) {
                Sentence s = reading.sentenceAt(m.start());
                if (s != null) {
                    byMention.get(s.index()).add(m);
                }
            }
        }
        for (TimeExpression t : times.expressions()) {
            Sentence s = reading.sentenceAt(t.start());
            if (s != null) {
                byTime.get(s.index()).add(t);
            }
        }
        for (List<Mention> list : byMention) {
            list.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                    : Integer.compare(b.end(), a.end()));
        }
        return new SentenceMentions(byMention, byTime);
    }

    /** The mentions of sentence {@code index}, by position (a longer mention first when two start together). */
    public List<Mention> mentions(int index) {
        return mentions.get(index);
    }

    /** The time expressions of sentence {@code index}, by position. */
    public List<TimeExpression> times(int index) {
        return times.get(index);
    }
}
