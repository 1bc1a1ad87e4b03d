package org.sitrep.geo;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/** The fold of a single word is the same from the cache as folded afresh, for any word. */
class NameFolderCacheTest {
    private static final NameFolder FOLDER = NameFolder.fromTsv(NameFolder.readResource(NameFolder.DEFAULT_RULES));

    @Property(tries = 500)
    void aCachedFoldEqualsAFreshOne(@ForAll @StringLength(max = 50) String word) {
        String fresh = FOLDER.fold(new StringBuilder(word)); // not a String: never cached
        assertThat(FOLDER.fold(word)).isEqualTo(fresh);
        assertThat(FOLDER.fold(word)).isEqualTo(fresh); // the second time from the cache
    }
}
