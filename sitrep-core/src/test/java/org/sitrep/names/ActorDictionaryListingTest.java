package org.sitrep.names;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.EntityType;
import org.sitrep.text.Abbreviations;
import org.sitrep.text.Tokenizer;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dictionary lists what it knows, as written in its files, for indexes built on its words. */
class ActorDictionaryListingTest {
    private static ActorDictionary actors;

    @BeforeAll
    static void load() {
        actors = ActorDictionary.loadDefault(Gazetteer.loadDefault(), new Tokenizer(Abbreviations.loadDefault()));
    }

    @Test
    void listsNamesAliasesGeneratedStateActorsAndDescriptions() {
        List<Lexeme> all = actors.lexemes();
        assertThat(all).anySatisfy(x -> {
            assertThat(x.surface()).isEqualTo("Hamas");
            assertThat(x.actor().type()).isEqualTo(EntityType.ARMED_GROUP);
        });
        assertThat(all).anySatisfy(x -> assertThat(x.surface()).isEqualTo("Islamic Resistance Movement")); // an alias
        assertThat(all).anySatisfy(x -> {
            assertThat(x.surface()).isEqualTo("Military Forces of Sudan");
            assertThat(x.actor().type()).isEqualTo(EntityType.STATE_FORCE);
        });
        assertThat(all).anySatisfy(x -> {
            assertThat(x.surface()).isEqualTo("gunmen");
            assertThat(x.description()).isTrue();
            assertThat(x.genericKind()).isEqualTo("armed_group");
        });
    }

    @Test
    void listsTheDescriptionsWithACountrySlotApart() {
        Map<String, String> slots = actors.slotDescriptions();
        assertThat(slots).containsEntry("{demonym} army", "military").containsEntry("{country}'s police", "police");
        assertThat(slots.keySet()).allMatch(p -> p.contains("{"));
        assertThat(actors.lexemes()).noneMatch(x -> x.surface().contains("{"));
    }
}
