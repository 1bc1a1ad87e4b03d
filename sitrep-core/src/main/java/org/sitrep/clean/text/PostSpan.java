package org.sitrep.clean.text;

import java.time.LocalDate;

/** An embedded post found in the sheet: its first and last line (the signature) and what the signature says. */
record PostSpan(int first, int last, String author, String handle, LocalDate date, String url) {
}
