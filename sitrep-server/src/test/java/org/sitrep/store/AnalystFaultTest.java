package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.InputReader;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Events;
import org.sitrep.model.Evidence;
import org.sitrep.model.Hedge;
import org.sitrep.model.Place;
import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A report whose facts cannot be stored is marked failed with its reason; the reports beside it are stored. */
class AnalystFaultTest {

    /** Gives every report one event; a report whose text says "clash" gets an id another report already holds. */
    static final class OneEvent extends BaseStage {
        OneEvent() {
            super("one-event", Set.of(), Set.of(Layer.EVENTS));
        }

        @Override
        public void process(Report report) {
            String text = new String(report.raw().bytes(), StandardCharsets.UTF_8);
            String id = text.contains("clash") ? "first#e1" : report.id() + "#e1";
            Place town = new Place("Alpha", "XA", null, 1.0, 2.0, 7, 1);
            report.setEvents(new Events(List.of(new Event(id, LocalDate.of(2031, 1, 5), null, 1, "Battles",
                    "Armed clash", null, null, false, town, null, List.of(), null, EventStatus.REPORTED,
                    List.of(report.id()), List.of(), "notes",
                    List.of(new Evidence(report.id(), 0, 4, text.substring(0, 4), null, Hedge.ASSERTED)))), Map.of()));
        }
    }

    @Test
    void oneReportThatCannotBeStoredDoesNotHoldUpTheOthers(@TempDir Path data) throws Exception {
        try (Store store = Store.open(data);
             Analyst analyst = new Analyst(store, new Pipeline(List.of(new OneEvent())), new ChangeFeed(), 1)) {
            Intake intake = new Intake(store, new InputReader());
            intake.receive(List.of(
                    new Intake.Offer("Fighting near Alpha.".getBytes(StandardCharsets.UTF_8), "first.txt", "first.txt"),
                    new Intake.Offer("A clash near Alpha.".getBytes(StandardCharsets.UTF_8), "second.txt", "second.txt"),
                    new Intake.Offer("Shelling near Alpha.".getBytes(StandardCharsets.UTF_8), "third.txt", "third.txt")));
            assertThat(analyst.step(Analyst.STEP)).isEqualTo(3);
            Map<String, Object> stats = new PictureQuery(store).stats();
            assertThat(stats.get("documents")).isEqualTo(2L);
            assertThat(stats.get("failed")).isEqualTo(1L);
            assertThat(stats.get("pending")).isEqualTo(0L);
            String message = store.read(c -> {
                try (PreparedStatement st = c.prepareStatement("SELECT message FROM documents WHERE id = 'second'");
                     ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            assertThat(message).startsWith("internal error while storing its facts");
        }
    }
}
