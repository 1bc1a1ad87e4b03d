package org.sitrep.extract.figure;

import org.sitrep.extract.count.Casualty;
import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;
import org.sitrep.pipeline.Report;
import org.sitrep.time.TimeExpression;

import java.util.List;

/**
 * One count a sentence gives, with what a sieve may look at to tell whether it is a figure of the report.
 *
 * @param report   the report, its events read
 * @param sentence the sentence of the count
 * @param count    the count and what it counts
 * @param times    the time expressions of the sentence
 */
record CountInContext(Report report, Sentence sentence, Casualty count, List<TimeExpression> times) {

    Tokens tokens() {
        return report.reading().tokens();
    }
}
