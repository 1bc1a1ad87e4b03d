package org.sitrep.names;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The index lists what every phrase stands for, however its phrases share words. */
class PhraseIndexTargetsTest {

    @Test
    void listsTheTargetsOfEveryPhraseOncePerPhrase() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add(List.of("free", "syrian", "army"), "fsa");
        index.add(List.of("free"), "free");
        index.add(List.of("army"), "army");
        index.add(List.of("army"), "army"); // the same target again adds nothing
        index.add(List.of("army"), "military");
        assertThat(index.targets()).containsExactlyInAnyOrder("fsa", "free", "army", "military");
        assertThat(new PhraseIndex<String>().targets()).isEmpty();
    }
}
