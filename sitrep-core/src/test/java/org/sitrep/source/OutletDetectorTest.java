package org.sitrep.source;

import org.junit.jupiter.api.Test;
import org.sitrep.model.CleanBody;
import org.sitrep.model.Outlet;
import org.sitrep.model.PageMetadata;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every route of the outlet detector, on texts written for the test. */
class OutletDetectorTest {
    static final OutletDetector DETECTOR = OutletDetector.loadDefault();

    static Outlet detect(String text) {
        return DETECTOR.detect(PageMetadata.NONE, new CleanBody(text, List.of(), List.of(), 0, List.of()), "in.txt");
    }

    @Test
    void metadataSiteNameIsCanonicalised() {
        PageMetadata meta = new PageMetadata(null, List.of(), List.of("BBC News"), null);
        Outlet o = DETECTOR.detect(meta, new CleanBody("Text.", List.of(), List.of(), 0, List.of()), "x.html");
        assertThat(o.name()).isEqualTo("BBC");
        assertThat(o.basis()).contains("metadata");
    }

    @Test
    void unknownSiteNameIsKeptAsWritten() {
        PageMetadata meta = new PageMetadata(null, List.of(), List.of("Lakeside Herald"), null);
        Outlet o = DETECTOR.detect(meta, new CleanBody("Text.", List.of(), List.of(), 0, List.of()), "x.html");
        assertThat(o.name()).isEqualTo("Lakeside Herald");
    }

    @Test
    void siteNameWithATaglineKeepsTheBrand() {
        PageMetadata meta = new PageMetadata(null, List.of(), List.of("Lakeside Herald | LakesideHerald.com"), null);
        Outlet o = DETECTOR.detect(meta, new CleanBody("Text.", List.of(), List.of(), 0, List.of()), "x.html");
        assertThat(o.name()).isEqualTo("Lakeside Herald");
    }

    @Test
    void machineWrittenLowerCaseSiteNameDefersToAKnownDomain() {
        PageMetadata meta = new PageMetadata(null, List.of(), List.of("theguardian"), "https://www.theguardian.com/world/x");
        Outlet o = DETECTOR.detect(meta, new CleanBody("Text.", List.of(), List.of(), 0, List.of()), "x.html");
        assertThat(o.name()).isEqualTo("The Guardian");
    }

    @Test
    void knownDomainOfTheCanonicalUrlOrTheSource() {
        PageMetadata meta = new PageMetadata(null, List.of(), List.of(), "https://www.theguardian.com/world/x");
        CleanBody body = new CleanBody("Text.", List.of(), List.of(), 0, List.of());
        assertThat(DETECTOR.detect(meta, body, "page.html").name()).isEqualTo("The Guardian");
        assertThat(DETECTOR.detect(PageMetadata.NONE, body, "https://news.bbc.co.uk/a/b").name()).isEqualTo("BBC");
        assertThat(DETECTOR.detect(PageMetadata.NONE, body, "https://apnews.com/article/x").name())
                .isEqualTo("Associated Press");
    }

    @Test
    void unknownDomainIsAFlaggedGuess() {
        CleanBody body = new CleanBody("Text.", List.of(), List.of(), 0, List.of());
        Outlet o = DETECTOR.detect(PageMetadata.NONE, body, "https://www.lakeside-herald.co.uk/story/1");
        assertThat(o.name()).isEqualTo("Lakeside Herald");
        assertThat(o.basis()).contains("guess");
    }

    @Test
    void selfReferenceByVerification() {
        assertThat(detect("Shells fell on the port. The Lakeside Herald could not independently verify the toll.")
                .name()).isEqualTo("The Lakeside Herald");
    }

    @Test
    void selfReferenceByContributors() {
        assertThat(detect("Shells fell on the port.\nNPR's Ann Example and Bo Sample contributed to this report.")
                .name()).isEqualTo("NPR");
    }

    @Test
    void selfReferenceByVerifiedVideo() {
        assertThat(detect("Footage verified by Granite Post shows a burning depot.").name()).isEqualTo("Granite Post");
    }

    @Test
    void selfReferenceByAppealSubscriptionAndCopyright() {
        assertThat(detect("Please support the Valley Ledger with a gift.").name()).isEqualTo("Valley Ledger");
        assertThat(detect("Subscribe to Hill Country Wire for daily updates.").name()).isEqualTo("Hill Country Wire");
        assertThat(detect("Fighting went on.\n© 2025 Coastline Monitor").name()).isEqualTo("Coastline Monitor");
        assertThat(detect("Our reporters stay. Birch Times is on the ground in the north.").name())
                .isEqualTo("Birch Times");
    }

    @Test
    void selfReferenceInRemovedBoilerplateCounts() {
        CleanBody body = new CleanBody("Rockets hit the town, residents said.", List.of(), List.of(), 40,
                List.of(new CleanBody.Removal("Become a member of Delta Courier today.", "appeal")));
        assertThat(DETECTOR.detect(PageMetadata.NONE, body, "in.txt").name()).isEqualTo("Delta Courier");
    }

    @Test
    void toldIsOnlyATieBreaker() {
        assertThat(detect("A commander told Reuters the town had fallen.").name()).isNull();
        assertThat(detect("A commander told Reuters the town fell. He told Pine Review more. Pine Review "
                + "could not independently verify it. Elm Daily could not independently verify it either.").name())
                .isEqualTo("Pine Review");
    }

    @Test
    void politicalSupportIsNotAnAppeal() {
        assertThat(detect("Moscow will continue to support Bashar al-Assad, he said.").name()).isNull();
    }

    @Test
    void sentenceOpenersAreNotPartOfTheName() {
        assertThat(detect("Meanwhile CNN could not independently verify the claim.").name()).isEqualTo("CNN");
    }

    @Test
    void wiresAreCreditedNotTakenAsOutlet() {
        Outlet o = detect("Troops advanced. The Maple Gazette could not independently verify the claims.\n"
                + "The Associated Press and AFP contributed to this report.");
        assertThat(o.name()).isEqualTo("The Maple Gazette");
        assertThat(o.wires()).containsExactly("Associated Press", "AFP");
    }

    @Test
    void datelineCreditOfAnotherOutletIsAWire() {
        Outlet o = detect("KABUL, May 2 (Reuters) - A blast hit a mosque.\nSubscribe to Oak Journal for more.");
        assertThat(o.name()).isEqualTo("Oak Journal");
        assertThat(o.wires()).containsExactly("Reuters");
    }

    @Test
    void syndicatedAgencyIsAWire() {
        Outlet o = detect("JUBA, Feb. 3 (River Press Agency) - Clashes.\n"
                + "Oak Journal publishes this story under a syndication agreement with the River Press Agency.");
        assertThat(o.name()).isEqualTo("Oak Journal");
        assertThat(o.wires()).containsExactly("River Press Agency");
    }

    @Test
    void wiresOwnReport() {
        Outlet o = detect("KYIV, Ukraine (AP) — Drones hit a power plant overnight, officials said.");
        assertThat(o.name()).isEqualTo("Associated Press");
        assertThat(o.wires()).containsExactly("Associated Press");
        assertThat(o.basis()).contains("dateline");
    }

    @Test
    void pageTitleSuffixNamesTheOutlet() {
        PageMetadata meta = new PageMetadata("Rebels take three villages | Lake Post", List.of(), List.of(), null);
        CleanBody body = new CleanBody("Rebels took three villages.", List.of(), List.of(), 0, List.of());
        assertThat(DETECTOR.detect(meta, body, "page.html").name()).isEqualTo("Lake Post");
    }

    @Test
    void photoCopyrightWithoutYearIsNoOutlet() {
        assertThat(detect("Smoke over the city. © Reuters\nResidents fled.").name()).isNull();
    }

    @Test
    void republishedWireCopyOnAnUnknownDomainIsTheSitesNotTheWires() {
        CleanBody body = new CleanBody("DENVER (AP) — A storm hit the plains.", List.of(), List.of(), 0, List.of());
        Outlet o = DETECTOR.detect(PageMetadata.NONE, body, "https://www.prairie-daily.com/news/1");
        assertThat(o.name()).isEqualTo("Prairie Daily");
        assertThat(o.wires()).containsExactly("Associated Press");
    }

    @Test
    void nothingNamesAnOutlet() {
        Outlet o = detect("Rebels took two villages, according to a monitoring group.");
        assertThat(o.name()).isNull();
        assertThat(o.wires()).isEmpty();
    }

    @Test
    void domainGuessesHandleCountrySecondLevels() {
        assertThat(OutletDetector.guessFromDomain("www.example-news.com.ng")).isEqualTo("Example News");
        assertThat(OutletDetector.guessFromDomain("hornandnile.example")).isEqualTo("Hornandnile");
    }
}
