package org.sitrep.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Invented texts the gate's tests read: English reports on several topics, and the files of other languages. */
final class Texts {
    static final String CONFLICT = """
            Gunmen attacked a police post outside the town of Marenko late on Sunday, killing three officers and \
            wounding two others, a regional official said. The attackers arrived on motorcycles and set fire to two \
            vehicles before withdrawing toward the forest. Soldiers were sent to the area on Monday morning, and \
            residents said they heard gunfire for more than an hour.""";
    static final String SPORTS = """
            The Riverside Comets beat the Lakeview Kings 3-1 on Saturday night to move top of the table. Their \
            captain opened the scoring with a header after twenty minutes, and the visitors never looked like coming \
            back once the second goal went in just before half time. The coach praised his young defenders after the \
            match.""";
    static final String BUSINESS = """
            Shares in the furniture retailer rose seven percent on Tuesday after the company reported higher \
            quarterly sales and raised its forecast for the year. The chief executive said demand for garden \
            furniture had been stronger than expected, while online orders now make up a third of revenue. Analysts \
            expect margins to improve next year.""";
    static final String RECIPE = """
            To make the lemon cake, beat the butter and sugar together until pale, then add the eggs one at a time. \
            Fold in the flour with the grated zest of two lemons and pour the batter into a lined tin. Bake for forty \
            minutes, until a skewer comes out clean, and leave it to cool before adding the icing.""";
    static final String CELEBRITY = """
            The singer and her longtime partner were married on Saturday in a small ceremony at a vineyard, a \
            spokesperson for the couple confirmed. Guests included several of her former bandmates, and the bride \
            wore a gown by a young local designer. The pair met on the set of a music video six years ago and \
            announced their engagement last spring.""";
    /** An English report that quotes a statement in French at length. */
    static final String CONFLICT_WITH_FRENCH_QUOTE = CONFLICT + """

            In a statement, the regional governor said: « Nous condamnons cette attaque lâche contre nos forces de \
            sécurité et nous assurons les familles des victimes de notre soutien total. »
            The governor later told reporters that the post would be rebuilt and its garrison reinforced.""";

    private Texts() {
    }

    /** The text in the language with this ISO 639-1 code ({@code src/test/resources/relevance}). */
    static String in(String language) {
        try (InputStream in = Texts.class.getResourceAsStream("/relevance/" + language + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no text in " + language);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
