package org.sitrep.time;

import java.util.List;

/** Where the extension steps stand in the items of one text: the item, the end of the one before, the next. */
final class ItemScan {
    final TimeLexicon lexicon;
    final String text;
    final TimeTokens tk;
    final List<TimeItem> items;
    /** The index of the item being extended. */
    int k;
    /** The end of the item before; no step reaches back past it. */
    int prevEnd;
    /** The start of the item after (the end of the text for the last); no step reaches past it. */
    int nextStart;

    ItemScan(TimeLexicon lexicon, String text, TimeTokens tk, List<TimeItem> items) {
        this.lexicon = lexicon;
        this.text = text;
        this.tk = tk;
        this.items = items;
    }
}
