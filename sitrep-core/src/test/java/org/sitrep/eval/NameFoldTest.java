package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NameFoldTest {

    @Test
    void foldsCaseAccentsApostrophesPunctuationAndTheArticles() {
        assertThat(NameFold.fold("Al-Ha'ira in the Café")).isEqualTo("haira in the cafe");
        assertThat(NameFold.fold("Karrow’s  militia")).isEqualTo("karrows militia");
        assertThat(NameFold.fold("El Dorath")).isEqualTo("dorath");
        assertThat(NameFold.fold("snake_case")).isEqualTo("snake case");
        assertThat(NameFold.fold("Brigade 12")).isEqualTo("brigade 12");
    }

    @Test
    void keepsTheArticlesWhenNothingElseIsLeftAndFoldsNullToEmpty() {
        assertThat(NameFold.fold("Al")).isEqualTo("al");
        assertThat(NameFold.fold("al el")).isEqualTo("al el");
        assertThat(NameFold.fold(null)).isEmpty();
        assertThat(NameFold.fold(" - ")).isEmpty();
    }

    @Test
    void namesMatchThroughAliasGroupsAndWholeWords() {
        GoldNames names = new GoldNames(Map.of("Northern Hills Front", List.of("NHF", "the Front")));
        assertThat(names.match(List.of("nhf"), "Northern Hills Front")).isTrue();
        assertThat(names.match(List.of("Northern Hills Front"), "NHF")).isTrue();
        assertThat(names.match(List.of("fighters of the NHF"), "Northern Hills Front")).isTrue();
        assertThat(names.match(List.of("NHFX fighters"), "Northern Hills Front")).isFalse();
        assertThat(names.match(List.of("Northern Hills"), "Northern Hills Front")).isFalse();
        assertThat(names.same(null, null)).isTrue();
        assertThat(names.same("NHF", null)).isFalse();
        assertThat(names.same(null, "NHF")).isFalse();
    }
}
