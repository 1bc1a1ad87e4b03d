package org.sitrep.cli;

import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerBuilder;
import org.sitrep.geo.GazetteerSources;
import org.sitrep.geo.GeoEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code sitrep gazetteer build|lookup|bench}: builds and inspects the gazetteer resource. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Builds the gazetteer from GeoNames files, looks names up in it, measures it.",
        subcommands = {GazetteerCommand.Build.class, GazetteerCommand.Lookup.class, GazetteerCommand.Bench.class})
final class GazetteerCommand implements Runnable {

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "a subcommand is required: build, lookup or bench");
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Builds the gazetteer file from a GeoNames folder (same input, same bytes).")
    static final class Build implements Callable<Integer> {
        @Option(names = "--geonames", required = true, description = "Folder with cities500.txt.gz, cities15000.txt.gz, "
                + "admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt and countries/*.wof.txt.gz.")
        Path geonames;

        @Option(names = "--out", required = true, description = "The file to write.")
        Path out;

        @Override
        public Integer call() throws IOException {
            long start = System.nanoTime();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 24);
            GazetteerBuilder.Stats stats = new GazetteerBuilder(GazetteerSources.loadDefault()).build(geonames, bytes);
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            Files.write(out, bytes.toByteArray());
            for (String warning : stats.warnings()) {
                System.err.println("sitrep: gazetteer: " + warning);
            }
            System.out.printf(Locale.ROOT, "%s: %,d bytes in %.1f s; %,d entries (%,d places, %,d admin1, %,d admin2, "
                            + "%,d countries); %,d primary keys, %,d skeleton keys, %,d primary postings%n",
                    out, bytes.size(), (System.nanoTime() - start) / 1e9, stats.entries(), stats.places(),
                    stats.admin1(), stats.admin2(), stats.countries(), stats.primaryKeys(), stats.skeletonKeys(),
                    stats.postings());
            return 0;
        }
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true, description = "Prints the candidates for each name.")
    static final class Lookup implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "NAME")
        List<String> names;

        @Option(names = "--limit", defaultValue = "10", description = "Candidates per name (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--loose", description = "Also list skeleton-only candidates.")
        boolean loose;

        @Override
        public Integer call() {
            Gazetteer gazetteer = Gazetteer.loadDefault();
            for (String name : names) {
                String key = gazetteer.folder().fold(name);
                System.out.printf("%s  [key \"%s\", skeleton \"%s\"]%n", name, key, gazetteer.folder().skeleton(key));
                List<GeoEntry> found = loose ? gazetteer.candidates(name, limit) : gazetteer.lookup(name, limit);
                for (GeoEntry e : found) {
                    System.out.printf(Locale.ROOT, "  %-9s %9d %-28s %-6s %s %-24s %-24s %9.4f %9.4f pop %d%n",
                            e.matchLevel(), e.geonameid(), e.name(), e.featureCode(), e.countryCode(), e.admin1Name(),
                            e.admin2Name(), e.lat(), e.lon(), e.population());
                }
                gazetteer.country(name).ifPresent(c -> System.out.println("  country: " + c.code() + " " + c.name()));
            }
            return 0;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Measures the load time of the gazetteer and the time of a lookup.")
    static final class Bench implements Callable<Integer> {
        @Parameters(arity = "0..*", paramLabel = "NAME", description = "Names to look up (default: a built-in mix).")
        List<String> names;

        @Option(names = "--seconds", defaultValue = "3", description = "Timed duration (default: ${DEFAULT-VALUE}).")
        double seconds;

        @Override
        public Integer call() {
            long t0 = System.nanoTime();
            Gazetteer gazetteer = Gazetteer.loadDefault();
            double loadMs = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            Gazetteer.loadDefault();
            System.out.printf(Locale.ROOT, "second load in the same JVM: %.0f ms%n", (System.nanoTime() - t1) / 1e6);
            System.out.printf(Locale.ROOT, "loaded in %.0f ms (first load in this JVM): %,d entries, %,d primary keys, "
                            + "%,d skeleton keys, %,d primary postings%n", loadMs, gazetteer.size(),
                    gazetteer.primaryKeyCount(), gazetteer.skeletonKeyCount(), gazetteer.primaryPostingCount());
            List<String> queries = names == null || names.isEmpty()
                    ? List.of("Aleppo", "Kharkiv", "Sheikh Issa", "Qubtan al-Jabal", "El Fasher", "Goma", "Nowhereville",
                    "Mariupol", "Khan al-Asal", "Kafr Basin", "Wad Madani", "Ain Daqna")
                    : names;
            long sink = 0;
            long end = System.nanoTime() + (long) (1e9);
            while (System.nanoTime() < end) {
                for (String q : queries) {
                    sink += gazetteer.lookup(q, 20).size();
                }
            }
            long count = 0;
            long start = System.nanoTime();
            end = start + (long) (seconds * 1e9);
            while (System.nanoTime() < end) {
                for (String q : queries) {
                    sink += gazetteer.lookup(q, 20).size();
                    count++;
                }
            }
            double us = (System.nanoTime() - start) / 1e3 / count;
            System.out.printf(Locale.ROOT, "lookup (at most 20 candidates): %.2f µs per name over %,d lookups (%d)%n",
                    us, count, sink % 10);
            return 0;
        }
    }
}
