package org.sitrep.time;

/**
 * One step that takes in the words around an expression that shape its meaning (a qualifier before a month, a
 * weekday's "last", a day range's second day). The steps run in the order {@link TimeSieves#EXTENSIONS} writes,
 * each on every item in turn; a step leaves an item it does not read as it is.
 */
interface ItemExtension {

    /** The step's name, "extend:way". */
    String name();

    /** Widens or marks {@code it}, the item at {@code s.k}, when this step reads it. */
    void extend(ItemScan s, TimeItem it);
}
