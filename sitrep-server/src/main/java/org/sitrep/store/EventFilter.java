package org.sitrep.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Which incidents a reader wants: days (inclusive, an incident counts when any of its days falls inside), a country
 * (ISO 3166-1 alpha-2), a box (west, south, east, north; west greater than east crosses the antimeridian), words of
 * an actor's name, an ACLED event or sub-event type, a status. A null part does not filter.
 */
public record EventFilter(LocalDate from, LocalDate to, String country, double[] bbox, String actor, String type,
                          String status) {

    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null);

    /** Thrown for a parameter that cannot be read; its message names the parameter and what is expected. */
    public static final class BadFilter extends IllegalArgumentException {
        public BadFilter(String message) {
            super(message);
        }
    }

    /** Reads the filter from request parameters ({@code param} gives a parameter's value or null). */
    public static EventFilter parse(Function<String, String> param) {
        String country = blank(param.apply("country"));
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw new BadFilter("country must be a two-letter ISO code, got '" + country + "'");
        }
        LocalDate from = day("from", param.apply("from"));
        LocalDate to = day("to", param.apply("to"));
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadFilter("to (" + to + ") is before from (" + from + ")");
        }
        return new EventFilter(from, to, country == null ? null : country.toUpperCase(Locale.ROOT),
                bbox(param.apply("bbox")), blank(param.apply("actor")), blank(param.apply("type")),
                blank(param.apply("status")));
    }

    public boolean isAll() {
        return from == null && to == null && country == null && bbox == null && actor == null && type == null
                && status == null;
    }

    /** The SQL condition over {@code fused_events} and its arguments, in order. */
    record Sql(String where, List<Object> args) {
    }

    Sql sql() {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> args = new ArrayList<>();
        if (from != null) {
            where.append(" AND last_day >= ?");
            args.add(from.toEpochDay());
        }
        if (to != null) {
            where.append(" AND first_day <= ?");
            args.add(to.toEpochDay());
        }
        if (country != null) {
            where.append(" AND country = ?");
            args.add(country);
        }
        if (bbox != null) {
            where.append(" AND lat BETWEEN ? AND ?");
            args.add(bbox[1]);
            args.add(bbox[3]);
            where.append(bbox[0] <= bbox[2] ? " AND lon BETWEEN ? AND ?" : " AND (lon >= ? OR lon <= ?)");
            args.add(bbox[0]);
            args.add(bbox[2]);
        }
        if (actor != null) {
            where.append(" AND instr(actors, ?) > 0");
            args.add(actor.toLowerCase(Locale.ROOT));
        }
        if (type != null) {
            where.append(" AND (lower(event_type) = ? OR lower(json_extract(summary, '$.sub_event_type')) = ?)");
            args.add(type.toLowerCase(Locale.ROOT));
            args.add(type.toLowerCase(Locale.ROOT));
        }
        if (status != null) {
            where.append(" AND status = ?");
            args.add(status.toLowerCase(Locale.ROOT));
        }
        return new Sql(where.toString(), args);
    }

    private static LocalDate day(String name, String value) {
        value = blank(value);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException error) {
            throw new BadFilter(name + " must be a day as YYYY-MM-DD, got '" + value + "'");
        }
    }

    private static double[] bbox(String value) {
        value = blank(value);
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw new BadFilter("bbox must be west,south,east,north, got '" + value + "'");
        }
        double[] box = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                box[i] = Double.parseDouble(parts[i].strip());
            }
        } catch (NumberFormatException error) {
            throw new BadFilter("bbox must be four numbers west,south,east,north, got '" + value + "'");
        }
        if (Math.abs(box[1]) > 90 || Math.abs(box[3]) > 90 || box[1] > box[3] || Math.abs(box[0]) > 180
                || Math.abs(box[2]) > 180) {
            throw new BadFilter("bbox is outside the world or south is above north: '" + value + "'");
        }
        return box;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
