package org.sitrep.source;

import org.junit.jupiter.api.Test;
import org.sitrep.model.CleanBody;
import org.sitrep.model.PageMetadata;
import org.sitrep.model.PublishedBasis;
import org.sitrep.time.DateWords;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AddressDateTest {
    private final AddressDate address = new AddressDate(DateWords.loadDefault());

    @Test
    void readsTheCommonAddressShapes() {
        assertThat(address.find("https://news.example.com/world/2025/03/14/drone-strike-kharkiv/").date())
                .hasToString("2025-03-14");
        assertThat(address.find("https://www.example.org/world/2024/nov/29/aleppo-offensive").date())
                .hasToString("2024-11-29");
        assertThat(address.find("https://example.net/a/20250601/story.html").date()).hasToString("2025-06-01");
        assertThat(address.find("https://example.net/news/rebels-advance-2025-02-03").date()).hasToString("2025-02-03");
    }

    @Test
    void ignoresAddressesWithoutADateAndImpossibleDates() {
        assertThat(address.find("https://example.com/article/3834/1")).isNull();
        assertThat(address.find("https://example.com/2025/13/40/x")).isNull();
        assertThat(address.find("https://example.com/top-2025-picks")).isNull();
        assertThat(address.find("2025/03/14 not a url")).isNull();
        assertThat(address.find(null)).isNull();
    }

    @Test
    void theDaterUsesTheAddressWhenThePageHasNoDateMetadata() {
        PublicationDater dater = new PublicationDater();
        CleanBody body = new CleanBody("Fighting resumed near the airport on Monday, officials said.", List.of(), List.of(), 0, List.of());
        var publication = dater.date(new PageMetadata("t", List.of(), List.of(),
                "https://news.example.com/africa/2025/05/12/fighting-resumes"), body);
        assertThat(publication.date()).hasToString("2025-05-12");
        assertThat(publication.basis()).isEqualTo(PublishedBasis.HEADER);
        assertThat(publication.how()).contains("address");
    }
}
