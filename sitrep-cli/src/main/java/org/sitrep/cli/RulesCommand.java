package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.sitrep.eval.DocEvents;
import org.sitrep.eval.EngineOutput;
import org.sitrep.eval.GoldCorpus;
import org.sitrep.eval.RuleReport;
import org.sitrep.eval.RuleReportWriter;
import org.sitrep.fuse.Situation;
import org.sitrep.fuse.SituationBuilder;
import org.sitrep.ingest.InputCollector;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.Notice;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.BatchAnalyzer;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.report.SituationJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sitrep rules --gold DIR INPUT...}: analyses reports that have gold and holds every event-extraction rule
 * (sieve) against it: per sieve and slot, how often it decided and how often that agreed with the gold.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyses reports with gold annotations and reports, for every event rule (sieve) and slot, "
                + "how often it fired and how often what it decided agreed with the gold, weakest rules first.",
            "",
            "Each report's own events are matched with its gold events as shared/tools/score.py matches them; "
                + "an event that matches none counts against every rule that decided one of its slots."},
        footer = {"", "Exit status: 0 done; 1 some inputs could not be read; 2 usage error.", "",
            "Example:", "  sitrep rules --gold corpus/gold corpus/articles --json rules.json"})
final class RulesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders of reports.")
    List<String> inputs;

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "Gold folder: <doc id>.json files and actors.json (shared/spec/gold-format.md).")
    Path gold;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON to FILE (- for "
            + "standard output, instead of the table).")
    Path json;

    @Option(names = "--sieve", paramLabel = "NAME", description = "Instead of the table, list every decision of the "
            + "rules whose name contains NAME: report, event, matched or not, agreed or not, and its evidence.")
    String sieve;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    private static String slotValue(com.fasterxml.jackson.databind.JsonNode e, String slot) {
        return switch (slot) {
            case "place" -> e.path("location").path("name").asText("-");
            case "date" -> e.path("event_date").asText("-");
            case "trigger" -> e.path("sub_event_type").asText("-") + " at " + e.path("location").path("name").asText("-");
            default -> e.path(slot).asText("-");
        };
    }

    @Override
    public Integer call() throws IOException {
        GoldCorpus corpus = GoldCorpus.load(gold);
        InputCollector.Collected collected = new InputCollector().collect(inputs);
        collected.notices().stream().filter(Notice::failure).forEach(n -> System.err.println("sitrep: " + n));
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Analysis analysis = new BatchAnalyzer(StandardPipeline.create(), new InputReader(), workers, false)
                .analyze(collected.inputs(), done -> { });
        analysis.notices().forEach(n -> System.err.println("sitrep: " + n));
        Situation situation = new SituationBuilder().build(analysis);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        EngineOutput output = new EngineOutput(mapper.readTree(new SituationJson().toString(situation)));
        List<DocEvents> docs = analysis.reports().stream().map(DocEvents::of).toList();
        if (sieve != null) {
            for (RuleReport.Instance x : RuleReport.instances(corpus, docs, output, sieve)) {
                System.out.printf("%s %s %s %s: %s%n", x.matched() ? (x.agreed() ? "AGREED " : "WRONG  ") : "NOMATCH",
                        x.sieve(), x.event().path("id").asText(), x.slot(), slotValue(x.event(), x.slot()));
                if (x.gold() != null) {
                    System.out.printf("      gold: %s%n", slotValue(x.gold(), x.slot()));
                }
                System.out.printf("      | %s%n", x.event().path("evidence").path(0).path("text").asText());
            }
            return analysis.hasFailures() ? 1 : 0;
        }
        RuleReport.Result result = RuleReport.build(corpus, docs, output);
        boolean jsonToStdout = json != null && json.toString().equals("-");
        if (jsonToStdout) {
            mapper.writeValue(System.out, RuleReportWriter.tree(result));
            System.out.println();
        } else {
            System.out.print(RuleReportWriter.text(result));
            System.out.flush();
            if (json != null) {
                Path parent = json.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                mapper.writeValue(json.toFile(), RuleReportWriter.tree(result));
            }
        }
        boolean failed = analysis.hasFailures() || collected.notices().stream().anyMatch(Notice::failure);
        return failed ? 1 : 0;
    }
}
