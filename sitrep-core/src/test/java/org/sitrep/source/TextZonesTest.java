package org.sitrep.source;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The zones of a body's lines: embedded posts, captions and narration told apart. */
class TextZonesTest {

    private static TextZones.Zone zoneOf(String text, String line) {
        return TextZones.of(text, List.of(), List.of()).at(text.indexOf(line));
    }

    @Test
    void postLinksHashtagsAndCaptionsAreToldFromNarration() {
        String text = """
                Shelling hit the river port overnight, officials said.
                Smoke over the docks pic.twitter.com/abc123
                #Harbourtown
                Photo: the damaged pier at dawn
                Fishermen wait by their boats (Jane Roe / Coast Press)
                The mayor said repairs would take weeks.""";
        assertThat(zoneOf(text, "Shelling hit")).isEqualTo(TextZones.Zone.NARRATION);
        assertThat(zoneOf(text, "Smoke over")).isEqualTo(TextZones.Zone.EMBED);
        assertThat(zoneOf(text, "#Harbourtown")).isEqualTo(TextZones.Zone.EMBED);
        assertThat(zoneOf(text, "Photo:")).isEqualTo(TextZones.Zone.CAPTION);
        assertThat(zoneOf(text, "Fishermen wait")).isEqualTo(TextZones.Zone.CAPTION);
        assertThat(zoneOf(text, "The mayor")).isEqualTo(TextZones.Zone.NARRATION);
    }

    @Test
    void aShortLinkAfterAWordIsNoPostLinkButOneOfItsOwnIs() {
        String text = "Read it at at.co/page today.\nSee t.co/xyz for the clip.";
        assertThat(zoneOf(text, "Read it")).isEqualTo(TextZones.Zone.NARRATION);
        assertThat(zoneOf(text, "See t.co")).isEqualTo(TextZones.Zone.EMBED);
    }

    @net.jqwik.api.Property(tries = 500)
    void headingsAreToldAsTheLowerCaseLineTellsThem(@net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(max = 70)
            int padding, @net.jqwik.api.ForAll @net.jqwik.api.constraints.StringLength(max = 8)
            @net.jqwik.api.constraints.Chars({'R', 'e', ':', ' ', '\t', 'İ', 'x'}) String noise) {
        List<String> headings = List.of("related", "most read", "more on this");
        for (String line : List.of("Related" + noise, noise + "MOST READ" + noise, "More on this" + " x".repeat(padding)
                + noise, "İ".repeat(padding) + ":", "x".repeat(padding) + " : :" + noise)) {
            String l = line.strip().toLowerCase(java.util.Locale.ROOT); // the test as it was first written
            if (l.endsWith(":")) {
                l = l.substring(0, l.length() - 1).strip();
            }
            String lower = l;
            boolean expected = !l.isEmpty() && l.length() <= 60 && headings.stream().anyMatch(h -> lower.equals(h)
                    || lower.startsWith(h + " ") && h.contains(" ") && lower.length() <= h.length() + 40);
            assertThat(TextZones.isHeading(line, headings)).as(line).isEqualTo(expected);
        }
    }

    @net.jqwik.api.Property(tries = 300)
    void linesStartAfterEachNewline(@net.jqwik.api.ForAll @net.jqwik.api.constraints.StringLength(max = 200)
            @net.jqwik.api.constraints.Chars({'a', '\n', ' '}) String text) {
        java.util.List<Integer> expected = new java.util.ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                expected.add(i + 1);
            }
        }
        assertThat(TextZones.lineStarts(text)).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
}
