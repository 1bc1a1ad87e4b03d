package org.sitrep.model;

/** What kind of markup a report arrived in, decided by content as well as by file name. */
public enum InputFormat {
    TEXT,
    MARKDOWN,
    HTML
}
