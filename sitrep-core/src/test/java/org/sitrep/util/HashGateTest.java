package org.sitrep.util;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate never turns away one of its own words, and turns away most others. */
class HashGateTest {

    @Property(tries = 200)
    void everyWordOfTheGatePasses(@ForAll @Size(max = 500) List<String> words) {
        HashGate gate = HashGate.of(words);
        for (String w : words) {
            assertThat(gate.mayHave(w.hashCode())).as(w).isTrue();
        }
    }

    @Property(tries = 20)
    void aFewWordsLeaveMostOthersOut(@ForAll @Size(min = 1, max = 50) List<String> words) {
        HashGate gate = HashGate.of(words);
        int passed = 0;
        for (int k = 0; k < 10_000; k++) {
            passed += gate.mayHave(("other-" + k).hashCode()) ? 1 : 0;
        }
        assertThat(passed).isLessThan(10_000 * 50 / 4096 * 3); // about words/4096 of them, with room
    }
}
