package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each rule (sieve) decided a slot of an event, and how often what it decided agreed with the gold.
 * Each report's own events (before fusion) are matched one-to-one with its gold events as score.py matches them;
 * an event that matched none counts as fired and disagreed for every slot it has a rule for.
 */
public final class RuleReport {

    /**
     * One rule on one slot.
     *
     * @param fired   events whose slot the rule decided
     * @param agreed  of those, events that matched a gold event whose slot agrees
     * @param matched of those, events that matched a gold event at all: {@code agreed / matched} is the rule's
     *                own accuracy, apart from the event's being found
     */
    public record Row(String sieve, String slot, int fired, int agreed, int matched) {
        public Row(String sieve, String slot, int fired, int agreed) {
            this(sieve, slot, fired, agreed, fired);
        }

        public int wrong() {
            return fired - agreed;
        }

        public double rate() {
            return fired == 0 ? 0.0 : (double) agreed / fired;
        }

        /** Agreement over the events that matched gold, or NaN when none did. */
        public double matchedRate() {
            return matched == 0 ? Double.NaN : (double) agreed / matched;
        }
    }

    /**
     * @param rules          every (sieve, slot), weakest first: lowest agreement, then most disagreements
     * @param slots          per slot, all its sieves together (sieve "*"), in {@link SlotAgreement#SLOTS} order
     * @param total          every sieve on every slot
     * @param reportEvents   each report's own events against its gold (what the rules are held against)
     * @param output         the fused output's events per document: score.py's "events" line and its event slots
     *                       (null when no output was given)
     * @param reports        reports with gold
     * @param reportsNoGold  reports analysed that have no gold (left out)
     * @param events         events of the reports with gold
     * @param eventsNoRules  of those, events with no rule recorded for any slot
     */
    public record Result(List<Row> rules, List<Row> slots, Row total, Prf reportEvents, EventScore output,
                         int reports, int reportsNoGold, int events, int eventsNoRules) {
        public Result {
            rules = List.copyOf(rules);
            slots = List.copyOf(slots);
        }
    }

    /** Weakest first: lowest agreement, then most disagreements, then most fired, then by name. */
    public static final Comparator<Row> WEAKEST_FIRST = Comparator.comparingDouble(Row::rate)
            .thenComparing(Comparator.comparingInt(Row::wrong).reversed())
            .thenComparing(Comparator.comparingInt(Row::fired).reversed())
            .thenComparing(Row::sieve)
            .thenComparing(Row::slot);

    private RuleReport() {
    }

    /**
     * @param gold   the gold corpus
     * @param docs   each analysed report's own events with their rules
     * @param output the fused output, for its place spellings and score.py's events line; may be null
     */
    public static Result build(GoldCorpus gold, List<DocEvents> docs, EngineOutput output) {
        EngineOutput places = output != null ? output : new EngineOutput(JsonNodeFactory.instance.objectNode());
        EventMatcher matcher = new EventMatcher(gold.names(), places);
        SlotAgreement agreement = new SlotAgreement(gold.names());
        Map<String, Row> rows = new TreeMap<>();
        Map<String, DocEvents> byDoc = new LinkedHashMap<>();
        int noGold = 0;
        for (DocEvents d : docs) {
            if (gold.docs().containsKey(d.doc())) {
                byDoc.put(d.doc(), d);
            } else {
                noGold++;
            }
        }
        Prf reportEvents = Prf.ZERO;
        int events = 0;
        int noRules = 0;
        for (String doc : gold.docs().keySet()) {
            DocEvents d = byDoc.get(doc);
            List<JsonNode> engine = d == null ? List.of() : d.events();
            List<JsonNode> goldEvents = gold.events(doc);
            Matching matching = Matching.of(engine, goldEvents, matcher::compare);
            reportEvents = reportEvents.plus(matching.tally(engine.size(), goldEvents.size()));
            for (int i = 0; i < engine.size(); i++) {
                JsonNode e = engine.get(i);
                Integer j = matching.matched().get(i);
                JsonNode g = j == null ? null : goldEvents.get(j);
                Map<String, String> rules = d.rulesOf(e);
                events++;
                if (rules.isEmpty()) {
                    noRules++;
                }
                rules.forEach((slot, sieve) -> rows.merge(sieve + "\u0000" + slot, new Row(sieve, slot, 1,
                        agreement.agrees(slot, e, g) ? 1 : 0, g == null ? 0 : 1), RuleReport::sum));
            }
        }
        List<Row> sorted = new ArrayList<>(rows.values());
        sorted.sort(WEAKEST_FIRST);
        Map<String, Row> bySlot = new LinkedHashMap<>();
        SlotAgreement.SLOTS.forEach(s -> bySlot.put(s, new Row("*", s, 0, 0, 0)));
        Row total = new Row("*", "*", 0, 0, 0);
        for (Row r : sorted) {
            bySlot.merge(r.slot(), new Row("*", r.slot(), r.fired(), r.agreed(), r.matched()), RuleReport::sum);
            total = sum(total, r);
        }
        return new Result(sorted, List.copyOf(bySlot.values()),
                new Row("*", "*", total.fired(), total.agreed(), total.matched()),
                reportEvents, output != null ? EventScore.of(gold, output) : null, byDoc.size(), noGold, events, noRules);
    }

    /**
     * One decision of a rule, for reading what it did: the report, the event, whether it matched gold, whether
     * the slot agrees, and the event and gold event as {@code sitrep/1} objects (gold null when unmatched).
     */
    public record Instance(String doc, String sieve, String slot, boolean matched, boolean agreed, JsonNode event,
                           JsonNode gold) {
    }

    /** Every decision of the rules whose name contains {@code sieve}, in corpus order. */
    public static List<Instance> instances(GoldCorpus gold, List<DocEvents> docs, EngineOutput output, String sieve) {
        EngineOutput places = output != null ? output : new EngineOutput(JsonNodeFactory.instance.objectNode());
        EventMatcher matcher = new EventMatcher(gold.names(), places);
        SlotAgreement agreement = new SlotAgreement(gold.names());
        List<Instance> out = new ArrayList<>();
        for (DocEvents d : docs) {
            if (!gold.docs().containsKey(d.doc())) {
                continue;
            }
            List<JsonNode> goldEvents = gold.events(d.doc());
            Matching matching = Matching.of(d.events(), goldEvents, matcher::compare);
            for (int i = 0; i < d.events().size(); i++) {
                JsonNode e = d.events().get(i);
                Integer j = matching.matched().get(i);
                JsonNode g = j == null ? null : goldEvents.get(j);
                d.rulesOf(e).forEach((slot, rule) -> {
                    if (rule.contains(sieve)) {
                        out.add(new Instance(d.doc(), rule, slot, g != null, agreement.agrees(slot, e, g), e, g));
                    }
                });
            }
        }
        return out;
    }

    private static Row sum(Row a, Row b) {
        return new Row(a.sieve(), a.slot(), a.fired() + b.fired(), a.agreed() + b.agreed(), a.matched() + b.matched());
    }
}
