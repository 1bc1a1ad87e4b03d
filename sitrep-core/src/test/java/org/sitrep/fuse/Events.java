package org.sitrep.fuse;

import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Evidence;
import org.sitrep.model.Hedge;
import org.sitrep.model.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Per-report events written for the fusion tests: a fluent builder with plain defaults. */
final class Events {
    static final Place TOWN_A = new Place("Amberton", "XA", "North", 10.00, 20.00, 101, 1);
    static final Place TOWN_B = new Place("Birchford", "XA", "North", 10.04, 20.02, 102, 1); // 5 km from A
    static final Place NEAR_A = new Place("Amberton", "XA", "North", 10.01, 20.01, 101, 2);  // "outside Amberton"
    static final Place NORTH = new Place("North", "XA", "North", 10.5, 20.5, 100, 3);       // the province
    static final Place FAR = new Place("Cedarvale", "XA", "South", 12.00, 22.00, 103, 1);

    private String id = "r1#e1";
    private String doc = "r1";
    private LocalDate date = LocalDate.of(2025, 3, 10);
    private int precision = 1;
    private String sub = "Air/drone strike";
    private String type = "Explosions/Remote violence";
    private String actor1;
    private String actor2;
    private Place place = TOWN_A;
    private Integer fatalities;
    private EventStatus status = EventStatus.REPORTED;
    private Hedge hedge = Hedge.REPORTED;
    private String by;

    static Events strike(String id) {
        Events e = new Events();
        e.id = id;
        e.doc = id.substring(0, id.indexOf('#'));
        return e;
    }

    static Events capture(String id) {
        return strike(id).sub("Non-state actor overtakes territory", "Strategic developments");
    }

    static Events clash(String id) {
        return strike(id).sub("Armed clash", "Battles");
    }

    Events sub(String subEvent, String eventType) {
        sub = subEvent;
        type = eventType;
        return this;
    }

    Events on(int day) {
        date = LocalDate.of(2025, 3, day);
        return this;
    }

    Events week() {
        precision = 2;
        return this;
    }

    Events by(String actor) {
        actor1 = actor;
        return this;
    }

    Events against(String actor) {
        actor2 = actor;
        return this;
    }

    Events at(Place p) {
        place = p;
        return this;
    }

    Events killed(int n) {
        fatalities = n;
        return this;
    }

    Events status(EventStatus s, Hedge h) {
        status = s;
        hedge = h;
        return this;
    }

    Events according(String source) {
        by = source;
        return this;
    }

    Event build() {
        String text = "evidence of " + id;
        List<Integer> reported = new ArrayList<>();
        if (fatalities != null) {
            reported.add(fatalities);
        }
        return new Event(id, date, null, precision, type, sub, actor1, actor2, actor2 != null
                && actor2.startsWith("Civilians"), place, fatalities, reported, null, status, List.of(doc),
                by == null ? List.of() : List.of(by), "notes of " + id,
                List.of(new Evidence(doc, 0, text.length(), text, by, hedge)));
    }

    private Events() {
    }
}
