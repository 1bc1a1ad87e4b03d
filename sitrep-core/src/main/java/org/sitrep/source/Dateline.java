package org.sitrep.source;

import org.sitrep.time.DateMention;

/**
 * The dateline that opens a report: "BEIRUT, Dec 5 (Reuters) -", "KYIV, Ukraine (AP) —",
 * "Khartoum, 12 March 2025:".
 *
 * @param text   the dateline as written, up to its dash or colon
 * @param place  the place, as written
 * @param date   the date in it, or null
 * @param credit the agency credited in parentheses ("Reuters", "AP"), or null
 */
public record Dateline(String text, String place, DateMention date, String credit) {
}
