package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * What events are matched on, read from a {@code sitrep/1} or gold event object as {@code score.py} reads it.
 *
 * @param kind      the coarse kind: territory, strike, clash, civilians or other
 * @param date      the event day, or null
 * @param lat       latitude, or null when either coordinate is missing
 * @param lon       longitude, or null when either coordinate is missing
 * @param placeName the location's name, or null
 */
public record EventFacts(String kind, LocalDate date, Double lat, Double lon, String placeName) {
    private static final Set<String> TERRITORY = Set.of("non-state actor overtakes territory",
            "government regains territory", "non-violent transfer of territory");
    private static final Set<String> STRIKE = Set.of("air/drone strike", "shelling/artillery/missile attack",
            "remote explosive/landmine/ied", "suicide bomb", "grenade");

    public static EventFacts of(JsonNode event) {
        JsonNode place = event.path("location");
        Double lat = null;
        Double lon = null;
        if (place.isObject() && place.path("lat").isNumber() && place.path("lon").isNumber()) {
            lat = place.path("lat").doubleValue();
            lon = place.path("lon").doubleValue();
        }
        String name = place.isObject() ? text(place, "name") : null;
        return new EventFacts(kind(event), parseDate(text(event, "event_date")), lat, lon, name);
    }

    public boolean hasCoords() {
        return lat != null;
    }

    /** The coarse kind events are matched on. */
    public static String kind(JsonNode event) {
        String sub = subEventType(event);
        if (TERRITORY.contains(sub)) {
            return "territory";
        }
        if (STRIKE.contains(sub)) {
            return "strike";
        }
        if (sub.equals("armed clash")) {
            return "clash";
        }
        String type = text(event, "event_type");
        return type != null && type.strip().toLowerCase(Locale.ROOT).equals("violence against civilians")
                ? "civilians" : "other";
    }

    /** The sub-event type trimmed and in lower case, "" when missing. */
    public static String subEventType(JsonNode event) {
        String sub = text(event, "sub_event_type");
        return sub == null ? "" : sub.strip().toLowerCase(Locale.ROOT);
    }

    /** The day of an ISO date string (its first ten characters), or null. */
    public static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A string field, or null when it is missing or not a string. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.textValue() : null;
    }
}
