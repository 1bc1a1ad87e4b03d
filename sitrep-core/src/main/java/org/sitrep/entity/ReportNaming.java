package org.sitrep.entity;

import org.sitrep.model.Mention;
import org.sitrep.names.NameContext;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a mention names its entity for the report it is in, so that the entity is listed for that report.
 * A country's government is one of a report's entities only where the report names it ("the Somali
 * government", "Mali's authorities", "the regime"): an unnamed "the government" or "authorities", resolved to
 * the report's country, and people speaking for it ("Afghan officials") cite it without naming it. Every
 * other mention names. The words come from {@code name-context.tsv} (kinds {@code people-of} and
 * {@code designates}); loaded once, shared by all threads.
 */
final class ReportNaming {
    /** Nouns that close a description of people speaking for a body ("Iraqi officials", "government sources"). */
    private static final Set<String> PEOPLE_OF;
    /** Words that designate one government even unnamed ("the regime", "the federal government"). */
    private static final Set<String> DESIGNATES;

    static {
        NameContext context = NameContext.loadDefault();
        PEOPLE_OF = context.phrases("people-of");
        DESIGNATES = context.phrases("designates");
    }

    private ReportNaming() {
    }

    static boolean names(Mention m) {
        if (m.key() == null || !m.key().startsWith("state:") || !m.key().endsWith(":government")) {
            return true;
        }
        String[] words = m.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        if (m.generic()) {
            String phrase = String.join(" ", words);
            return DESIGNATES.contains(head) || DESIGNATES.contains(phrase.startsWith("the ") ? phrase.substring(4) : phrase);
        }
        return !PEOPLE_OF.contains(head);
    }
}
