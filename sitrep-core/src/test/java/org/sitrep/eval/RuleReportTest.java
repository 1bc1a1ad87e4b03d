package org.sitrep.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Events;
import org.sitrep.model.Place;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RuleReportTest {
    @TempDir
    Path dir;

    private GoldCorpus gold;

    @BeforeEach
    void gold() throws Exception {
        gold = GoldCorpus.load(EvalFixtures.writeGold(dir));
    }

    private static Event event(String id, String date, String type, String sub, String actor1, String place,
                               double lat, double lon, Integer fatalities) {
        return new Event(id, LocalDate.parse(date), null, 1, type, sub, actor1, null, false,
                new Place(place, "XX", null, lat, lon, null, 1), fatalities, fatalities == null ? List.of()
                : List.of(fatalities), null, EventStatus.REPORTED, List.of("a"), List.of(), "", List.of());
    }

    /**
     * a#1 is gold g0 but for its toll; a#2 is g1 with an actor gold does not name; a#3 a clash gold does not have;
     * a#4 is g2 and records no rule.
     */
    private RuleReport.Result report() {
        List<Event> events = List.of(
                event("a#1", "2030-05-10", "Explosions/Remote violence", "Air/drone strike", "HCF", "Northtown", 10.0,
                        20.0, 4),
                event("a#2", "2030-05-11", "Battles", "Armed clash", "Valley Guard", "Easton", 11.0, 21.0, null),
                event("a#3", "2030-05-11", "Battles", "Armed clash", "Valley Guard", "Farland", 40.0, 40.0, null),
                event("a#4", "2030-05-12", "Battles", "Non-state actor overtakes territory", null, "Westville", 12.0,
                        22.0, null));
        Map<String, Map<String, String>> rules = Map.of(
                "a#1", Map.of("trigger", "StrikeTrigger", "sub_event_type", "StrikeTrigger", "actor1", "ActorByPhrase",
                        "place", "PlaceAfterTrigger", "date", "DateFromSentence", "fatalities", "TollFromSentence"),
                "a#2", Map.of("trigger", "ClashTrigger", "actor1", "ActorBySubject", "place", "PlaceFronted",
                        "date", "DateFromLede"),
                "a#3", Map.of("trigger", "ClashTrigger", "actor1", "ActorBySubject", "place", "PlaceFromList"));
        List<DocEvents> docs = List.of(DocEvents.of("a", new Events(events, rules)),
                DocEvents.of("b", new Events(List.of())), DocEvents.of("z", new Events(List.of())));
        return RuleReport.build(gold, docs, null);
    }

    @Test
    void holdsEachRuleAgainstTheGoldEventItsEventMatchedWeakestFirst() {
        RuleReport.Result r = report();
        assertThat(r.rules()).extracting(RuleReport.Row::sieve, RuleReport.Row::slot, RuleReport.Row::fired,
                RuleReport.Row::agreed).containsExactly(
                tuple("ActorBySubject", "actor1", 2, 0),
                tuple("PlaceFromList", "place", 1, 0),
                tuple("TollFromSentence", "fatalities", 1, 0),
                tuple("ClashTrigger", "trigger", 2, 1),
                tuple("ActorByPhrase", "actor1", 1, 1),
                tuple("DateFromLede", "date", 1, 1),
                tuple("DateFromSentence", "date", 1, 1),
                tuple("PlaceAfterTrigger", "place", 1, 1),
                tuple("PlaceFronted", "place", 1, 1),
                tuple("StrikeTrigger", "sub_event_type", 1, 1),
                tuple("StrikeTrigger", "trigger", 1, 1));
        assertThat(r.total()).extracting(RuleReport.Row::fired, RuleReport.Row::agreed).containsExactly(13, 8);
        assertThat(r.rules()).allSatisfy(x -> assertThat(x.matched()).isBetween(x.agreed(), x.fired()));
        assertThat(r.rules()).filteredOn(x -> x.sieve().equals("ActorBySubject")).singleElement()
                .satisfies(x -> assertThat(x.matched()).isPositive()); // matched, but the actor disagrees
        assertThat(r.slots()).extracting(RuleReport.Row::slot, RuleReport.Row::fired, RuleReport.Row::agreed)
                .containsExactly(tuple("trigger", 3, 2), tuple("sub_event_type", 1, 1), tuple("actor1", 3, 1),
                        tuple("actor2", 0, 0), tuple("place", 3, 2), tuple("date", 2, 2), tuple("fatalities", 1, 0));
    }

    @Test
    void countsReportsEventsAndTheEventMatchesBeforeFusion() {
        RuleReport.Result r = report();
        assertThat(r.reports()).isEqualTo(2);
        assertThat(r.reportsNoGold()).isEqualTo(1);
        assertThat(r.events()).isEqualTo(4);
        assertThat(r.eventsNoRules()).isEqualTo(1);
        assertThat(r.reportEvents()).isEqualTo(new Prf(3, 4, 5)); // b's attack and c's clash are missed
        assertThat(r.output()).isNull();
    }

    @Test
    void writesAnAlignedTableAndJson() throws Exception {
        RuleReport.Result r = report();
        String text = RuleReportWriter.text(r);
        assertThat(text).contains("2 reports with gold (1 more without, left out); 4 events, 1 with no rule recorded");
        assertThat(text).containsPattern("events per report, before fusion +0\\.750 +0\\.600 +0\\.667 +3 +1 +2");
        List<String> rows = text.lines().filter(l -> l.startsWith("ActorBySubject") || l.startsWith("StrikeTrigger"))
                .toList();
        assertThat(rows.get(0)).startsWith(
                "ActorBySubject     actor1               2      0      2   0.000");
        assertThat(rows).allSatisfy(l -> assertThat(l).hasSize(rows.get(0).length()));
        assertThat(text.lines().filter(l -> l.startsWith("total"))).singleElement().asString()
                .contains("13      8      5   0.615");
        var json = new ObjectMapper().valueToTree(RuleReportWriter.tree(r));
        assertThat(json.at("/rules/0/sieve").asText()).isEqualTo("ActorBySubject");
        assertThat(json.at("/rules/0/wrong").asInt()).isEqualTo(2);
        assertThat(json.at("/slots/actor2/rate").isNull()).isTrue();
        assertThat(json.at("/total/rate").asDouble()).isEqualTo(0.6154);
        assertThat(json.at("/events/per_report/fn").asInt()).isEqualTo(2);
    }

    @Test
    void slotsAgreeOnlyWithAMatchedGoldEvent() throws Exception {
        SlotAgreement agreement = new SlotAgreement(gold.names());
        var mapper = new ObjectMapper();
        var e = mapper.readTree(EvalFixtures.event("x", "a", "2030-05-10", "Explosions/Remote violence",
                "Air/drone strike", "Northtown", 10.0, 20.0, "Hill Country Front", 5));
        var g = gold.events("a").get(0);
        for (String slot : SlotAgreement.SLOTS) {
            assertThat(agreement.agrees(slot, e, null)).as(slot).isFalse();
            assertThat(agreement.agrees(slot, e, g)).as(slot).isTrue();
        }
    }
}
