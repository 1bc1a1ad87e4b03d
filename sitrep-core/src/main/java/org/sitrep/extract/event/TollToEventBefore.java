package org.sitrep.extract.event;

import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceFrame;

import java.util.List;

/**
 * A sentence that tells a toll but no incident of its own ("About 20 people were wounded, he said.") gives it to
 * the violent event told just before, when it names no other place or day and the event lacks it; to a change of
 * control (a battle) only when it tells no strike or shelling of its own.
 */
final class TollToEventBefore {
    static final String RULE = "fatalities:later-sentence";

    private TollToEventBefore() {
    }

    static void give(List<EventDraft> out, Sentence s, List<Sentence> sentences, String text, String doc,
                     TollReader.Toll toll, SourceFrame frame, List<Mention> ms, SentenceDate when, boolean plain) {
        if ((toll.killed() == null && toll.injured() == null) || out.isEmpty()) {
            return;
        }
        EventDraft last = out.get(out.size() - 1);
        if ((last.territorial() && !plain) || s.index() - last.lastSentence > 2
                || s.paragraph() - sentences.get(last.lastSentence).paragraph() > 1
                || (when.date() != null && !when.said() && last.date != null && !when.date().equals(last.date))) {
            return;
        }
        for (Mention m : ms) {
            if (m.place() != null && last.place != null && !Clauses.samePlace(m.place(), last.place)
                    && m.place().geoPrecision() < 3) {
                return; // another place: another incident
            }
        }
        boolean filled = false;
        if (toll.killed() != null && last.fatalities == null) {
            last.fatalities = toll.killed();
            last.rules.put("fatalities", RULE);
            filled = true;
        }
        if (toll.injured() != null && last.injuries == null) {
            last.injuries = toll.injured();
            filled = true;
        }
        if (!filled) {
            return;
        }
        last.lastSentence = s.index();
        last.addEvidence(Evidence.of(doc, text, s.start(), s.end(), frame.source(), frame.hedge()));
        if (frame.source() != null) {
            last.attributedTo.add(frame.source());
        }
    }
}
