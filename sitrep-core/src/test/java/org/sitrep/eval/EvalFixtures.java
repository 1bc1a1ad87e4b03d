package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small gold folder and a sitrep/1 output over it, written for the tests (invented places and actors). */
final class EvalFixtures {

    private EvalFixtures() {
    }

    static String event(String id, String docs, String date, String type, String sub, String place, Double lat,
                        Double lon, String actor1, Integer fatalities) {
        String location = place == null && lat == null ? "null" : "{\"name\": " + quoted(place) + ", \"lat\": " + lat
                + ", \"lon\": " + lon + "}";
        String sources = docs.isEmpty() ? "" : "\"" + String.join("\", \"", docs.split(",")) + "\"";
        return "{\"id\": \"" + id + "\", \"event_date\": " + quoted(date) + ", \"event_type\": \"" + type
                + "\", \"sub_event_type\": " + quoted(sub) + ", \"actor1\": " + quoted(actor1) + ", \"actor2\": null, "
                + "\"location\": " + location + ", \"fatalities\": " + fatalities + ", \"sources\": [" + sources
                + "], \"evidence\": []}";
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    /** Gold: doc a holds a strike, a clash and a capture; doc b an attack on civilians; doc c one clash. */
    static Path writeGold(Path dir) throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("actors.json"), "{\"Hill Country Front\": [\"HCF\"]}");
        Files.writeString(gold.resolve("a.json"), "{\"doc\": \"a\", \"events\": ["
                + event("g0", "", "2030-05-10", "Explosions/Remote violence", "Air/drone strike", "Northtown", 10.0,
                20.0, "Hill Country Front", 5) + ","
                + event("g1", "", "2030-05-11", "Battles", "Armed clash", "Easton", 11.0, 21.0, null, null) + ","
                + event("g2", "", "2030-05-12", "Battles", "Non-state actor overtakes territory", "Westville", 12.0,
                22.0, null, null) + "]}");
        Files.writeString(gold.resolve("b.json"), "{\"events\": ["
                + event("h0", "", "2030-06-01", "Violence against civilians", "Attack", "Southport", null, null,
                null, 2) + "]}");
        Files.writeString(gold.resolve("c.json"), "{\"doc\": \"c\", \"events\": ["
                + event("k0", "", "2030-07-01", "Battles", "Armed clash", "Midfield", 13.0, 23.0, null, null) + "]}");
        return gold;
    }

    /**
     * Output: e1 is g0 (an alias of the place, a day off, the actor inside a longer name); e2 a strike where gold has
     * a clash; e3 a clash 11 km from g1 but two days off; e4 g1 by whole-word place name, also told by b; e5 h0
     * with no date; e6 a second h0. Document c is missing. Per document: a 4 engine / 3 gold / 2 matched, b 3 / 1 /
     * 1, c 0 / 1 / 0: TP 3, FP 4, FN 2.
     */
    static Path writeOutput(Path dir) throws IOException {
        String events = String.join(",",
                event("e1", "a", "2030-05-11", "Explosions/Remote violence", "Air/drone strike", "Nortown", null,
                        null, "HCF gunmen", 5),
                event("e2", "a", "2030-05-11", "Explosions/Remote violence", "Shelling/artillery/missile attack",
                        "Easton", 11.0, 21.0, null, null),
                event("e3", "a", "2030-05-13", "Battles", "Armed clash", "Elsewhere", 11.1, 21.0, null, null),
                event("e4", "a,b", "2030-05-11", "Battles", "Armed clash", "Easton district", null, null, null, 3),
                event("e5", "b", null, "Violence against civilians", "Attack", "Southport", null, null, null, 2),
                event("e6", "b", null, "Violence against civilians", "Attack", "Southport", null, null, null, 4));
        String json = "{\"schema\": \"sitrep/1\", \"documents\": [{\"id\": \"a\", \"published\": null}, "
                + "{\"id\": \"b\", \"published\": null}], \"events\": [" + events + "], \"figures\": [], "
                + "\"quotes\": [], \"entities\": [{\"name\": \"Northtown\", \"type\": \"location\", "
                + "\"aliases\": [\"Nortown\"], \"docs\": [\"a\"]}]}";
        Path out = dir.resolve("output.json");
        Files.writeString(out, json);
        return out;
    }
}
