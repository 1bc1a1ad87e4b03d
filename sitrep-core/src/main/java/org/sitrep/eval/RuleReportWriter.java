package org.sitrep.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The rule report as an aligned text table and as a JSON-ready tree. */
public final class RuleReportWriter {

    private RuleReportWriter() {
    }

    /** The text table: the event lines, every rule weakest first, the slot totals and the totals line. */
    public static String text(RuleReport.Result r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "rule report: %d reports with gold (%d more without, left out); "
                + "%d events, %d with no rule recorded%n%n", r.reports(), r.reportsNoGold(), r.events(), r.eventsNoRules()));
        out.append(String.format(Locale.ROOT, "%-34s%7s%7s%7s%6s%6s%6s%n", "", "P", "R", "F1", "TP", "FP", "FN"));
        out.append(prfLine("events per report, before fusion", r.reportEvents()));
        if (r.output() != null) {
            out.append(prfLine("events (score.py's events line)", r.output().events()));
            StringBuilder slots = new StringBuilder();
            r.output().slotHits().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> slots.append(String.format(Locale.ROOT, "  %s %d", e.getKey(), e.getValue())));
            out.append(String.format(Locale.ROOT, "  its slots over %d matched pairs:%s%n", r.output().events().tp(),
                    slots));
        }
        int width = "all sieves".length();
        for (RuleReport.Row row : r.rules()) {
            width = Math.max(width, row.sieve().length());
        }
        String format = "%-" + width + "s  %-15s%7s%7s%7s%8s%9s%9s%n";
        out.append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, format, "sieve", "slot", "fired", "agreed", "wrong", "agree", "matched",
                "of match"));
        if (r.rules().isEmpty()) {
            out.append("(no rule recorded for any event)").append(System.lineSeparator());
        }
        for (RuleReport.Row row : r.rules()) {
            out.append(row(format, row.sieve(), row));
        }
        out.append(System.lineSeparator());
        for (RuleReport.Row row : r.slots()) {
            out.append(row(format, "all sieves", row));
        }
        out.append(row(format, "total", new RuleReport.Row("total", "every slot", r.total().fired(), r.total().agreed(),
                r.total().matched())));
        return out.toString();
    }

    private static String prfLine(String label, Prf m) {
        return String.format(Locale.ROOT, "%-34s%7s%7s%7s%6d%6d%6d%n", label, fixed(m.p()), fixed(m.r()),
                fixed(m.f1()), m.tp(), m.fp(), m.fn());
    }

    private static String row(String format, String label, RuleReport.Row row) {
        String rate = row.fired() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", row.rate());
        String ofMatched = row.matched() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", row.matchedRate());
        return String.format(Locale.ROOT, format, label, row.slot(), row.fired(), row.agreed(), row.wrong(), rate,
                row.matched(), ofMatched);
    }

    /** The report as maps and lists, ready for Jackson. */
    public static Map<String, Object> tree(RuleReport.Result r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("reports", Map.of("with_gold", r.reports(), "without_gold", r.reportsNoGold()));
        Map<String, Object> events = new LinkedHashMap<>();
        events.put("count", r.events());
        events.put("without_rules", r.eventsNoRules());
        events.put("per_report", prf(r.reportEvents()));
        if (r.output() == null) {
            events.put("output", null);
        } else {
            Map<String, Object> output = prf(r.output().events());
            output.put("slots", new TreeMap<>(r.output().slotHits()));
            events.put("output", output);
        }
        root.put("events", events);
        root.put("rules", r.rules().stream().map(RuleReportWriter::row).toList());
        Map<String, Object> slots = new LinkedHashMap<>();
        r.slots().forEach(s -> slots.put(s.slot(), counts(s)));
        root.put("slots", slots);
        root.put("total", counts(r.total()));
        return root;
    }

    private static Map<String, Object> row(RuleReport.Row row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sieve", row.sieve());
        m.put("slot", row.slot());
        m.putAll(counts(row));
        return m;
    }

    private static Map<String, Object> counts(RuleReport.Row row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fired", row.fired());
        m.put("agreed", row.agreed());
        m.put("wrong", row.wrong());
        m.put("rate", row.fired() == 0 ? null : round(row.rate()));
        m.put("matched", row.matched());
        m.put("matched_rate", row.matched() == 0 ? null : round(row.matchedRate()));
        return m;
    }

    private static Map<String, Object> prf(Prf m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("p", round(m.p()));
        out.put("r", round(m.r()));
        out.put("f1", round(m.f1()));
        out.put("tp", m.tp());
        out.put("fp", m.fp());
        out.put("fn", m.fn());
        return out;
    }

    /** Rounded to 4 decimals as Python's {@code round(x, 4)} (half to even on the exact binary value). */
    static double round(double x) {
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** As score.py prints a figure: rounded to 4 decimals, then shown with 3 as Python's {@code :.3f} does. */
    static String fixed(double x) {
        return new BigDecimal(round(x)).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
