package org.sitrep.store;

import org.sitrep.pipeline.FactsCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.Events;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Evidence;
import org.sitrep.model.Hedge;
import org.sitrep.model.Place;
import org.sitrep.pipeline.ReportFacts;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random incidents in a few towns and weeks, told by many reports, arriving in random batches and stored by the
 * analyst's own writer: whatever the order, re-fusing only what each batch touches leaves the store holding what one
 * fusion of everything gives. Week- and
 * month-precise events chain runs of overlapping reaches, which only the closure follows.
 */
class IncrementalFusionTest {
    private static final Place[] TOWNS = {
        new Place("Alpha", "XA", "North", 10.0, 20.0, 1001, 1),
        new Place("Beta", "XA", "North", 10.05, 20.05, 1002, 1),
        new Place("North", "XA", "North", 10.2, 20.2, 1003, 3),
        new Place("Gamma", "XB", "East", -5.0, 30.0, 2001, 1),
    };
    private static final String[][] TYPES = {
        {"Battles", "Armed clash"},
        {"Explosions/Remote violence", "Air/drone strike"},
        {"Violence against civilians", "Attack"},
        {"Battles", "Non-state actor overtakes territory"},
    };

    private static List<Event> randomEvents(Random random, int reports) {
        List<Event> out = new ArrayList<>();
        LocalDate base = LocalDate.of(2030, 3, 1);
        for (int r = 0; r < reports; r++) {
            String doc = String.format("r%03d", r);
            int n = 1 + random.nextInt(3);
            for (int i = 1; i <= n; i++) {
                String[] type = TYPES[random.nextInt(TYPES.length)];
                int precision = random.nextInt(10) < 7 ? 1 : (random.nextBoolean() ? 2 : 3);
                LocalDate day = base.plusDays(random.nextInt(70));
                Place where = TOWNS[random.nextInt(TOWNS.length)];
                LocalDate date = random.nextInt(25) == 0 ? null : day;
                String text = "Event " + i + " of " + doc + ".";
                out.add(new Event(doc + "#e" + i, date, null, precision, type[0], type[1],
                        random.nextBoolean() ? "Group A" : "Group B", random.nextBoolean() ? "Civilians" : null,
                        false, where, random.nextInt(4) == 0 ? null : random.nextInt(20), List.of(), null,
                        EventStatus.REPORTED, List.of(doc), List.of(), "notes",
                        List.of(new Evidence(doc, 0, text.length(), text, null, Hedge.ASSERTED))));
            }
        }
        return out;
    }

    @Test
    void reFusingWhatEachBatchTouchesEqualsFusingEverything(@TempDir Path root) throws Exception {
        for (int seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            List<Event> events = randomEvents(random, 60);
            List<List<Event>> byReport = new ArrayList<>();
            String doc = null;
            for (Event e : events) {
                if (!e.sources().get(0).equals(doc)) {
                    byReport.add(new ArrayList<>());
                    doc = e.sources().get(0);
                }
                byReport.get(byReport.size() - 1).add(e);
            }
            Collections.shuffle(byReport, random);
            try (Store store = Store.open(root.resolve("s" + seed))) {
                FactWriter writer = new FactWriter(new FactsCodec(), new EventCache(new FactsCodec(), 100));
                int next = 0;
                while (next < byReport.size()) {
                    List<List<Event>> batch = byReport.subList(next, Math.min(byReport.size(), next + 1 + random.nextInt(5)));
                    next += batch.size();
                    store.write(c -> {
                        List<FactWriter.Analysed> analysed = new ArrayList<>();
                        for (List<Event> report : batch) {
                            String id = report.get(0).sources().get(0);
                            try (PreparedStatement st = c.prepareStatement("INSERT INTO documents (id, sha256, source, "
                                    + "file_name, raw, received_at, state) VALUES (?, ?, ?, ?, x'00', 'now', 'received')",
                                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                                st.setString(1, id);
                                st.setString(2, id);
                                st.setString(3, id);
                                st.setString(4, id + ".txt");
                                st.executeUpdate();
                                try (var keys = st.getGeneratedKeys()) {
                                    keys.next();
                                    ReportFacts facts = new ReportFacts(id, id, id + ".txt", null, null, null, null, null,
                                            null, null, new Events(report, Map.of()), null, null, List.of());
                                    analysed.add(new FactWriter.Analysed(keys.getLong(1), id, id, facts, Set.of(), false,
                                            null, null));
                                }
                            }
                        }
                        return writer.commit(c, analysed, false);
                    });
                }
                StoreCheck.Result check = new StoreCheck(store).run();
                assertThat(check.differences()).as("seed " + seed).isEmpty();
                assertThat(check.integrity()).isEmpty();
                List<String> fused = new StoreCheck(store).canonical(new PictureQuery(store).events(EventFilter.ALL));
                assertThat(fused.size()).as("seed %d: some reports were fused together", seed)
                        .isLessThan(events.size());
            }
        }
    }
}
