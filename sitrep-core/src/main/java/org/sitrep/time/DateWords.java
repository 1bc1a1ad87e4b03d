package org.sitrep.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of dates (month and weekday names with their abbreviations, relative day words) and the
 * cue phrases the dater reads around them, loaded once from {@code sitrep/data/date-words.tsv}.
 * Immutable; one instance serves all threads.
 */
public final class DateWords {
    public static final String DEFAULT_RESOURCE = "/sitrep/data/date-words.tsv";

    private final Map<String, Month> months;
    private final Map<String, DayOfWeek> weekdays;
    private final Map<String, DayOfWeek> weekdayAbbreviations;
    private final Map<String, Integer> relativeDays;
    private final Map<String, List<String>> phrases;
    private final Map<String, Map<String, String>> values;

    private DateWords(Map<String, Month> months, Map<String, DayOfWeek> weekdays,
                      Map<String, DayOfWeek> weekdayAbbreviations, Map<String, Integer> relativeDays,
                      Map<String, List<String>> phrases, Map<String, Map<String, String>> values) {
        this.months = Collections.unmodifiableMap(months);
        this.weekdays = Collections.unmodifiableMap(weekdays);
        this.weekdayAbbreviations = Collections.unmodifiableMap(weekdayAbbreviations);
        this.relativeDays = Collections.unmodifiableMap(relativeDays);
        Map<String, List<String>> copy = new HashMap<>();
        phrases.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.phrases = Collections.unmodifiableMap(copy);
        Map<String, Map<String, String>> valueCopy = new HashMap<>();
        values.forEach((k, v) -> valueCopy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        this.values = Collections.unmodifiableMap(valueCopy);
    }

    public static DateWords loadDefault() {
        try (InputStream in = DateWords.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the tab-separated lines {@code kind, phrase, value}; '#' starts a comment line. */
    public static DateWords parse(List<String> lines) {
        Map<String, Month> months = new LinkedHashMap<>();
        Map<String, DayOfWeek> weekdays = new LinkedHashMap<>();
        Map<String, DayOfWeek> abbreviations = new LinkedHashMap<>();
        Map<String, Integer> relative = new LinkedHashMap<>();
        Map<String, List<String>> phrases = new HashMap<>();
        Map<String, Map<String, String>> values = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String kind = cols[0].strip();
            String phrase = cols.length > 1 ? cols[1].strip().toLowerCase(Locale.ROOT) : "";
            String value = cols.length > 2 ? cols[2].strip() : "";
            switch (kind) {
                case "month" -> months.put(phrase, Month.of(Integer.parseInt(value)));
                case "weekday" -> weekdays.put(phrase, DayOfWeek.of(Integer.parseInt(value)));
                case "weekday-abbr" -> abbreviations.put(phrase, DayOfWeek.of(Integer.parseInt(value)));
                case "relative" -> relative.put(phrase, Integer.parseInt(value));
                default -> {
                    phrases.computeIfAbsent(kind, k -> new ArrayList<>()).add(phrase);
                    values.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putIfAbsent(phrase, value);
                }
            }
        }
        return new DateWords(months, weekdays, abbreviations, relative, phrases, values);
    }

    /** Month names and abbreviations, lower case, without a trailing period. */
    public Map<String, Month> months() {
        return months;
    }

    /** Full weekday names, lower case. */
    public Map<String, DayOfWeek> weekdays() {
        return weekdays;
    }

    /** Weekday abbreviations ("thu"), only read next to a date. */
    public Map<String, DayOfWeek> weekdayAbbreviations() {
        return weekdayAbbreviations;
    }

    /** Relative day words with their distance in days from the day of writing ("yesterday" = -1). */
    public Map<String, Integer> relativeDays() {
        return relativeDays;
    }

    /** The phrases of one kind of the file ("future-cue", "feed-heading", ...), lower case; empty if none. */
    public List<String> phrases(String kind) {
        return phrases.getOrDefault(kind, List.of());
    }

    /** The phrases of one kind with their value column (empty when none), in file order; empty if none. */
    public Map<String, String> values(String kind) {
        return values.getOrDefault(kind, Map.of());
    }

    public Month month(String word) {
        return months.get(stripPeriod(word.toLowerCase(Locale.ROOT)));
    }

    public DayOfWeek weekday(String word) {
        String w = stripPeriod(word.toLowerCase(Locale.ROOT));
        DayOfWeek d = weekdays.get(w);
        return d != null ? d : weekdayAbbreviations.get(w);
    }

    private static String stripPeriod(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }
}
