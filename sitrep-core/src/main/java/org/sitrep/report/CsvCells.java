package org.sitrep.report;

import java.util.List;

/**
 * Keeps every CSV cell within what spreadsheets accept: Excel holds at most 32,767 characters in a cell and
 * LibreOffice and most CSV readers about as many, while an incident told by thousands of reports, or a report listing
 * thousands of villages, gives lists far longer. A list is cut after its last item that fits, with a visible
 * {@code … (N more)}; a text is cut at the limit (never inside a surrogate pair) with {@code … (N more characters)}.
 */
final class CsvCells {
    /** The most characters a cell holds, markers included; below Excel's 32,767, with room for a leading apostrophe. */
    static final int MAX_CHARS = 32_000;

    private CsvCells() {
    }

    /** The items joined by {@code separator}, as many as fit, then {@code … (N more)} for the rest. */
    static String join(List<String> items, String separator) {
        return join(items, separator, MAX_CHARS);
    }

    static String join(List<String> items, String separator, int max) {
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            String more = separator + "… (" + (items.size() - i - 1) + " more)";
            int room = max - cell.length() - (i == 0 ? 0 : separator.length())
                    - (i + 1 < items.size() ? more.length() : 0);
            if (item.length() > room) {
                if (i == 0) { // a first item too long alone is cut as a text
                    String rest = items.size() == 1 ? "" : more;
                    return text(item, max - rest.length()) + rest;
                }
                return cell.append(separator).append("… (").append(items.size() - i).append(" more)").toString();
            }
            if (i > 0) {
                cell.append(separator);
            }
            cell.append(item);
        }
        return cell.toString();
    }

    /** A value as it goes into a cell: a text past the limit is cut; anything else is left as it is. */
    static Object fit(Object value) {
        return value instanceof String text ? text(text, MAX_CHARS) : value;
    }

    static String text(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String marker = "… (" + text.length() + " more characters)"; // the count is an upper bound: it only shrinks
        int keep = max - marker.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + "… (" + (text.length() - keep) + " more characters)";
    }
}
