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
}
