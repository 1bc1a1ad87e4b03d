package org.sitrep.report;

import org.sitrep.extract.event.EventNotes;
import org.sitrep.fuse.Situation;
import org.sitrep.ingest.InputNames;
import org.sitrep.model.ControlChange;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Evidence;
import org.sitrep.model.FusedEvent;
import org.sitrep.model.PlaceControl;
import org.sitrep.model.Quote;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Tally;
import org.sitrep.model.TallyClaim;
import org.sitrep.model.TollClaim;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;
import org.sitrep.util.Utf16;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The situation report an analyst would send, in Markdown: the period covered and a short overview in prose; the
 * events by day with their sources and status; key figures with conflicting claims side by side; changes of
 * control; statements of officials; what is unverified, claimed or disputed; and the documents read.
 */
public final class SituationReport {
    private static final int QUOTE_CHARS = 280;

    public String render(Situation s) {
        StringBuilder md = new StringBuilder();
        md.append(InputNames.GENERATED_MARK).append("\n\n");
        List<Event> events = s.events().stream().map(FusedEvent::event).toList();
        List<LocalDate> days = events.stream().map(Event::eventDate).filter(Objects::nonNull).sorted().toList();
        md.append("# Situation report");
        if (!days.isEmpty()) {
            md.append(": ").append(span(days.get(0), days.get(days.size() - 1)));
        }
        md.append("\n\n");
        overview(md, s, events, days);
        eventsByDay(md, s);
        figures(md, s.tallies());
        control(md, s.control());
        statements(md, s);
        caveats(md, s);
        md.append("## Documents read\n\n");
        String documents = new MarkdownSummary().render(s.analysis());
        md.append(documents.substring(documents.indexOf('\n') + 1).stripLeading());
        return md.toString();
    }

    private static void overview(StringBuilder md, Situation s, List<Event> events, List<LocalDate> days) {
        List<Report> reports = s.analysis().reports();
        Set<String> outlets = new HashSet<>();
        reports.stream().filter(r -> r.has(Layer.OUTLET)).map(r -> r.outlet().name()).filter(Objects::nonNull)
                .forEach(outlets::add);
        md.append("## Overview\n\n");
        md.append("Sitrep read ").append(count(reports.size(), "report"));
        if (!outlets.isEmpty()) {
            md.append(" from ").append(count(outlets.size(), "outlet"));
        }
        List<LocalDate> published = reports.stream().filter(r -> r.has(Layer.PUBLICATION))
                .map(r -> r.publication().date()).filter(Objects::nonNull).sorted().toList();
        if (!published.isEmpty()) {
            md.append(", published ").append(span(published.get(0), published.get(published.size() - 1)));
        }
        md.append(". ");
        if (events.isEmpty()) {
            md.append("They tell of no datable incident of political violence.\n\n");
            return;
        }
        int told = s.events().stream().mapToInt(f -> f.merged().size()).sum();
        md.append("They tell of ").append(count(events.size(), "incident"));
        if (told > events.size()) {
            md.append(" (").append(told).append(" mentions fused)");
        }
        if (!days.isEmpty()) { // reports that leave their year open give undated events only
            md.append(" between ").append(days.get(0)).append(" and ").append(days.get(days.size() - 1));
        }
        Map<String, Long> countries = events.stream().filter(e -> e.location() != null && e.location().country() != null)
                .collect(Collectors.groupingBy(e -> e.location().country(), TreeMap::new, Collectors.counting()));
        if (!countries.isEmpty()) {
            md.append(", in ").append(MarkdownEscape.text(String.join(", ", countries.keySet())));
        }
        md.append(": ");
        Map<String, Long> types = events.stream().collect(Collectors.groupingBy(Event::eventType, LinkedHashMap::new,
                Collectors.counting()));
        md.append(types.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(t -> t.getValue() + " " + MarkdownEscape.text(t.getKey().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", ")));
        md.append(". ");
        int killed = events.stream().map(Event::fatalities).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
        long withToll = events.stream().filter(e -> e.fatalities() != null).count();
        if (withToll > 0) {
            md.append("The most conservative tolls of the ").append(count((int) withToll, "incident"))
                    .append(" with one add up to ").append(count(killed, "death")).append(". ");
        }
        long conflicting = events.stream().filter(e -> e.fatalitiesReported().size() > 1).count();
        if (conflicting > 0) {
            md.append(conflicting == 1 ? "One incident has" : conflicting + " incidents have")
                    .append(" conflicting tolls. ");
        }
        if (!s.control().isEmpty()) {
            md.append(count(s.control().size(), "place")).append(" changed hands. ");
        }
        Map<EventStatus, Long> byStatus = events.stream().collect(Collectors.groupingBy(Event::status,
                () -> new java.util.EnumMap<>(EventStatus.class), Collectors.counting()));
        List<String> weak = new ArrayList<>();
        for (EventStatus st : List.of(EventStatus.DISPUTED, EventStatus.UNVERIFIED, EventStatus.CLAIMED)) {
            if (byStatus.getOrDefault(st, 0L) > 0) {
                weak.add(byStatus.get(st) + " " + st.json());
            }
        }
        if (!weak.isEmpty()) {
            md.append("Of the incidents, ").append(String.join(", ", weak))
                    .append(" (see *Unverified, claimed and disputed*).");
        }
        md.append("\n\n");
    }

    private static void eventsByDay(StringBuilder md, Situation s) {
        if (s.events().isEmpty()) {
            return;
        }
        md.append("## Events by day\n\n");
        Map<String, List<FusedEvent>> byDay = new TreeMap<>();
        for (FusedEvent f : s.events()) {
            Event e = f.event();
            String day = e.eventDate() == null ? "undated" : e.timePrecision() == 1 ? e.eventDate().toString()
                    : e.eventDate() + (e.timePrecision() == 2 ? " (week of)" : " (month of)");
            byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<FusedEvent>> day : byDay.entrySet()) {
            md.append("### ").append(day.getKey()).append("\n\n");
            md.append("| where | what | who | against | killed | status | sources |\n");
            md.append("|---|---|---|---|---:|---|---|\n");
            for (FusedEvent f : day.getValue()) {
                Event e = f.event();
                md.append("| ").append(cell(EventNotes.where(e.location())))
                        .append(" | ").append(cell(e.subEventType()))
                        .append(" | ").append(cell(orDash(e.actor1())))
                        .append(" | ").append(cell(orDash(e.actor2())))
                        .append(" | ").append(toll(f))
                        .append(" | ").append(e.status().json())
                        .append(" | ").append(cell(sources(e))).append(" |\n");
            }
            md.append('\n');
        }
    }

    private static void figures(StringBuilder md, List<Tally> tallies) {
        if (tallies.isEmpty()) {
            return;
        }
        md.append("## Key figures\n\n");
        md.append("Claims that count the same thing are side by side; the value to use is the lowest that is not a "
                + "party's own claim.\n\n");
        md.append("| what | where | period | claims | range | use |\n");
        md.append("|---|---|---|---|---|---:|\n");
        List<Tally> sorted = new ArrayList<>(tallies);
        sorted.sort(Comparator.comparingInt((Tally t) -> -t.claims().size()).thenComparing(Tally::id));
        for (Tally t : sorted) {
            String what = t.kind().json() + (t.group() == null ? "" : " (" + t.group() + ")");
            String period = t.periodStart() != null ? span(t.periodStart(), t.periodEnd() == null ? t.periodStart()
                    : t.periodEnd()) : t.periodEnd() != null ? "as of " + t.periodEnd() : "";
            String claims = t.claims().stream().map(SituationReport::claim).collect(Collectors.joining("; "));
            String range = t.low() == t.high() ? String.format(Locale.ROOT, "%,d", t.low())
                    : String.format(Locale.ROOT, "%,d–%,d", t.low(), t.high());
            md.append("| ").append(cell(what))
                    .append(" | ").append(cell(t.area() == null ? "" : EventNotes.where(t.area())))
                    .append(" | ").append(period)
                    .append(" | ").append(cell(claims))
                    .append(" | ").append(range)
                    .append(" | ").append(String.format(Locale.ROOT, "%,d", t.conservative()))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static String claim(TallyClaim c) {
        String value = qualifier(c.qualifier()) + String.format(Locale.ROOT, "%,d", c.count());
        return value + " (" + (c.attributedTo() == null ? "" : c.attributedTo() + ", ") + c.doc() + ")";
    }

    private static String qualifier(Qualifier q) {
        return switch (q) {
            case EXACT -> "";
            case AT_LEAST -> "at least ";
            case MORE_THAN -> "more than ";
            case ABOUT -> "about ";
            case UP_TO -> "up to ";
        };
    }

    private static void control(StringBuilder md, List<PlaceControl> control) {
        if (control.isEmpty()) {
            return;
        }
        md.append("## Control changes\n\n");
        md.append("| place | date | from | to | status | held by, since |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (PlaceControl p : control) {
            ControlChange last = p.latest().orElseThrow();
            for (ControlChange c : p.changes()) {
                md.append("| ").append(cell(EventNotes.where(p.place())))
                        .append(" | ").append(c.date()).append(c.precision() > 1 ? " (about)" : "")
                        .append(" | ").append(cell(orDash(c.from())))
                        .append(" | ").append(cell(orDash(c.to())))
                        .append(" | ").append(c.status().json())
                        .append(" | ").append(c == last ? cell(orDash(c.to()) + ", " + c.date()) : "")
                        .append(" |\n");
            }
        }
        md.append('\n');
    }

    private static void statements(StringBuilder md, Situation s) {
        List<Quote> quotes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Report r : s.analysis().reports()) {
            if (r.has(Layer.QUOTES)) {
                for (Quote q : r.quotes().quotes()) {
                    if (seen.add(q.speaker() + '|' + q.text())) {
                        quotes.add(q);
                    }
                }
            }
        }
        if (quotes.isEmpty()) {
            return;
        }
        md.append("## Statements\n\n");
        for (Quote q : quotes) {
            String text = q.text().length() <= QUOTE_CHARS ? q.text() : Utf16.prefix(q.text(), QUOTE_CHARS - 1) + "…";
            md.append("- **").append(MarkdownEscape.text(q.speaker())).append("**");
            if (q.speakerRole() != null) {
                md.append(", ").append(MarkdownEscape.text(q.speakerRole()));
            }
            md.append(": “").append(MarkdownEscape.text(text)).append("” (")
                    .append(MarkdownEscape.text(q.evidence().get(0).doc()));
            if (q.date() != null) {
                md.append(", ").append(q.date());
            }
            md.append(")\n");
        }
        md.append('\n');
    }

    private static void caveats(StringBuilder md, Situation s) {
        List<FusedEvent> weak = s.events().stream().filter(f -> switch (f.event().status()) {
            case DISPUTED, UNVERIFIED, CLAIMED -> true;
            default -> false;
        }).toList();
        if (weak.isEmpty()) {
            return;
        }
        md.append("## Unverified, claimed and disputed\n\n");
        for (FusedEvent f : weak) {
            Event e = f.event();
            md.append("- **").append(e.status().json()).append("**: ").append(MarkdownEscape.text(e.notes()))
                    .append('\n');
            for (Evidence ev : e.evidence()) {
                if (ev.hedge() != org.sitrep.model.Hedge.ASSERTED) {
                    md.append("  - ").append(ev.hedge().json()).append(" in ").append(MarkdownEscape.text(ev.doc()))
                            .append(": “").append(MarkdownEscape.text(ev.text())).append("”\n");
                }
            }
        }
        md.append('\n');
    }

    private static String toll(FusedEvent f) {
        Event e = f.event();
        if (e.fatalities() == null) {
            return "";
        }
        if (f.tolls().size() < 2 || e.fatalitiesReported().size() < 2) {
            return String.valueOf(e.fatalities());
        }
        return e.fatalities() + " (" + f.tolls().stream().map(TollClaim::fatalities).distinct().sorted()
                .map(String::valueOf).collect(Collectors.joining(", ")) + " reported)";
    }

    private static String sources(Event e) {
        String docs = String.join(", ", e.sources());
        return e.attributedTo().isEmpty() ? docs : docs + "; according to " + String.join(", ", e.attributedTo());
    }

    private static String span(LocalDate from, LocalDate to) {
        return from.equals(to) ? from.toString() : from + " to " + to;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String orDash(String s) {
        return s == null ? "–" : s;
    }

    private static String cell(String text) {
        return MarkdownEscape.cell(text);
    }
}
