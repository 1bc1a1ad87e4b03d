package org.sitrep.pipeline;

import org.sitrep.model.Mention;
import org.sitrep.model.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each name, key, role and place the reports of a batch repeat: the same town, actor or person is
 * named by hundreds of reports, and each report's analysis made its own copies of the strings and the resolved
 * place. A batch that keeps its reports' facts passes their names through here, so it holds each value once.
 * Safe for the batch's worker threads.
 */
final class SharedNames {
    private final Map<Object, Object> values = new ConcurrentHashMap<>();

    /** The same names, each repeated value replaced by the batch's copy of it. */
    Names share(Names names) {
        List<Mention> mentions = new ArrayList<>(names.mentions().size());
        for (Mention m : names.mentions()) {
            mentions.add(new Mention(m.zone(), m.start(), m.end(), one(m.text()), m.type(), one(m.key()),
                    one(m.name()), m.generic(), one(m.role()), one(m.place())));
        }
        List<String> focus = new ArrayList<>(names.focus().size());
        names.focus().forEach(country -> focus.add(one(country)));
        return new Names(mentions, focus);
    }

    @SuppressWarnings("unchecked")
    private <T> T one(T value) {
        return value == null ? null : (T) values.computeIfAbsent(value, v -> v);
    }
}
