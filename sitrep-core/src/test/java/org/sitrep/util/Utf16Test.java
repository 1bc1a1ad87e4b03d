package org.sitrep.util;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Utf16Test {

    @Test
    void aCutNeverSplitsAnEmoji() {
        String text = "ab\uD83D\uDE00cd";
        assertThat(Utf16.prefix(text, 3)).isEqualTo("ab");
        assertThat(Utf16.prefix(text, 4)).isEqualTo("ab\uD83D\uDE00");
        assertThat(Utf16.prefix(text, 2)).isEqualTo("ab");
        assertThat(Utf16.prefix(text, text.length())).isEqualTo(text);
        assertThat(Utf16.prefix("", 0)).isEmpty();
    }

    @Test
    void loneSurrogatesBecomeReplacementCharacters() {
        String good = "fine \uD83D\uDE00";
        assertThat(Utf16.wellFormed(good)).isSameAs(good);
        assertThat(Utf16.wellFormed("\uDE00\uD83D")).isEqualTo("\uFFFD\uFFFD");
        assertThat(Utf16.wellFormed("x\uD83D")).isEqualTo("x\uFFFD");
        assertThat(Utf16.wellFormed(null)).isNull();
        assertThat(Utf16.firstLone("ok\uD83D\uDE00 \uDC00")).isEqualTo(5);
    }
}
