package org.sitrep.extract.quote;

/**
 * One run of quoted words between quotation marks, within one paragraph.
 *
 * @param open      offset of the opening mark
 * @param close     offset after the closing mark, or the paragraph's end when the quote runs on
 * @param start     first character of the quoted words (spaces trimmed)
 * @param end       end of the quoted words (spaces and a trailing comma trimmed)
 * @param runsOn    true when the paragraph ends before the quote is closed
 * @param continues true when this run carries on the quote left open at the end of the paragraph before
 */
record QuoteSpan(int open, int close, int start, int end, boolean runsOn, boolean continues) {

    /** True when character {@code offset} lies between the marks (marks included). */
    boolean covers(int offset) {
        return offset >= open && offset < close;
    }
}
