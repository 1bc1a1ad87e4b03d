package org.sitrep.relevance;

import org.sitrep.util.WordIds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The gate's two word lists, English function words and conflict words, looked up by a word's number in
 * {@link WordIds}: an ASCII word is read in place, without a lower-case copy, and its number indexes a small array
 * of classes. Immutable; shared by all threads.
 */
final class GateWords {
    static final int ENGLISH = 1;
    static final int CONFLICT = 2;

    /** The numbering as it stood once the gate's words were numbered: every gate word has its number here. */
    private final WordIds.Table table;
    /** Word number -> {@link #ENGLISH} and {@link #CONFLICT} bits. */
    private final byte[] classes;

    GateWords(Collection<String> english, Collection<String> conflict) {
        List<String> all = new ArrayList<>(english);
        all.addAll(conflict);
        WordIds.register(all);
        table = WordIds.now();
        classes = new byte[table.count()];
        for (String w : english) {
            classes[table.id(w)] |= ENGLISH;
        }
        for (String w : conflict) {
            classes[table.id(w)] |= CONFLICT;
        }
    }

    /** The class bits of the word {@code text[start, end)}, any case; 0 for a word of neither list. */
    int classOf(String text, int start, int end, boolean ascii) {
        int id = ascii ? table.idInLowerCase(text, start, end)
                : table.id(text.substring(start, end).toLowerCase(Locale.ROOT));
        return id >= 0 && id < classes.length ? classes[id] : 0;
    }
}
