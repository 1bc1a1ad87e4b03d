package org.sitrep.names;

import org.junit.jupiter.api.Test;
import org.sitrep.entity.EntityMerger;
import org.sitrep.extract.Analyzed;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.pipeline.Report;

import org.sitrep.geo.Gazetteer;
import org.sitrep.text.Abbreviations;
import org.sitrep.text.Tokenizer;
import org.sitrep.util.TsvResource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A state's command, branch or agency ({@code actors/*.tsv}, its {@code acled} column) acting by force is the
 * state actor ACLED codes it as, while the report still names the body itself, on texts written for these tests.
 */
class AcledStateNamesTest {

    private static List<Event> events(String text) {
        return Analyzed.report(text).events().events();
    }

    @Test
    void aCommandThatSaysItsForcesStruckIsTheStatesMilitary() {
        assertThat(events("U.S. Central Command said its forces struck a fuel depot near Hodeidah on Thursday, "
                + "killing six people."))
                .anySatisfy(e -> assertThat(e.actor1()).isEqualTo("Military Forces of the United States"));
    }

    @Test
    void aCommandAsTheSubjectOfAStrikeIsTheStatesMilitary() {
        assertThat(events("CENTCOM struck a fuel depot near Hodeidah on Thursday, killing six people."))
                .anySatisfy(e -> assertThat(e.actor1()).isEqualTo("Military Forces of the United States"));
    }

    @Test
    void aPoliceUnitIsTheStatesPolice() {
        assertThat(events("The Israeli Border Police shot dead two men in Jenin on Monday."))
                .anySatisfy(e -> assertThat(e.actor1()).isEqualTo("Police Forces of Israel"));
    }

    @Test
    void theCommandStaysAnEntityOfItsOwn() {
        Report r = Analyzed.report("U.S. Central Command said American forces struck a fuel depot near Hodeidah "
                + "on Thursday, killing six people.");
        List<Entity> entities = new EntityMerger().merge(List.of(r));
        assertThat(entities).extracting(Entity::name)
                .contains("US Central Command", "Military Forces of the United States");
    }

    @Test
    void aCommandTellingOfItsOwnStrikeClaimsIt() {
        assertThat(events("CENTCOM said it struck a fuel depot near Hodeidah on Thursday, killing six fighters."))
                .anySatisfy(e -> {
                    assertThat(e.actor1()).isEqualTo("Military Forces of the United States");
                    assertThat(e.status()).isEqualTo(EventStatus.CLAIMED);
                });
    }

    /** Every acled value written as a template's name ("Military Forces of ...") spells a generated state actor. */
    @Test
    void everyStateActorNameOfTheActorFilesIsGenerated() {
        ActorDictionary d = ActorDictionary.loadDefault(Gazetteer.loadDefault(),
                new Tokenizer(Abbreviations.loadDefault()));
        List<String> prefixes = new ArrayList<>();
        for (String[] row : TsvResource.rows("/sitrep/data/actor-countries.tsv", 3)) {
            if (row[0].equals("template") && row[2].contains("{of}")) {
                prefixes.add(row[2].substring(0, row[2].indexOf("{of}")));
            }
        }
        List<String> unresolved = new ArrayList<>();
        int checked = 0;
        for (String file : TsvResource.lines("/sitrep/data/actors/index.txt")) {
            for (String[] row : TsvResource.rows("/sitrep/data/actors/" + file, 4)) {
                String acled = row.length > 4 ? row[4] : "";
                if (prefixes.stream().noneMatch(acled::startsWith)) {
                    continue;
                }
                checked++;
                // A row that names a state actor is never an actor of its own.
                if (d.actor("actor:" + d.folder().fold(row[0])) != null) {
                    unresolved.add(row[0] + " -> " + acled);
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(unresolved).isEmpty();
    }
}
