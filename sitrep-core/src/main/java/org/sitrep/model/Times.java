package org.sitrep.model;

import org.sitrep.time.TimeExpression;

import java.util.List;

/**
 * Every expression of time in a report's body, resolved against its publication date.
 *
 * @param expressions in order of position
 */
public record Times(List<TimeExpression> expressions) {

    public Times {
        expressions = List.copyOf(expressions);
    }
}
