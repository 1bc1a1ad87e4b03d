package org.sitrep.source;

import org.sitrep.model.DateClaim;
import org.sitrep.model.PublishedBasis;
import org.sitrep.time.DateWords;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date many sites put in an article's address: {@code /2019/11/19/},
 * {@code /2019/nov/18/}, {@code /20191119/} or {@code 2019-11-19} in the path.
 */
final class AddressDate {
    private static final Pattern SLASHED = Pattern.compile(
            "/((?:19|20)\\d{2})/([01]?\\d|[A-Za-z]{3,9})/([0-3]?\\d)(?=[/._-]|$)");
    private static final Pattern COMPACT = Pattern.compile("/((?:19|20)\\d{2})([01]\\d)([0-3]\\d)(?=[/._-]|$)");
    private static final Pattern DASHED = Pattern.compile("(?<![\\d])((?:19|20)\\d{2})-([01]\\d)-([0-3]\\d)(?![\\d])");

    private final DateWords words;

    AddressDate(DateWords words) {
        this.words = words;
    }

    /** The date in the address, or null when it holds none. */
    DateClaim find(String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return null;
        }
        String path = url.replaceFirst("^https?://[^/]+", "");
        for (Pattern p : new Pattern[] {SLASHED, COMPACT, DASHED}) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                LocalDate date = date(m.group(1), m.group(2), m.group(3));
                if (date != null) {
                    return new DateClaim(date, PublishedBasis.HEADER, "date in the address '" + m.group() + "'");
                }
            }
        }
        return null;
    }

    private LocalDate date(String year, String month, String day) {
        Month mo = Character.isDigit(month.charAt(0)) ? null : words.month(month);
        try {
            int m = mo != null ? mo.getValue() : Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : -1;
            return m < 1 ? null : LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException invalid) {
            return null;
        }
    }
}
