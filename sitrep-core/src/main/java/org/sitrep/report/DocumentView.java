package org.sitrep.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.sitrep.model.Caption;
import org.sitrep.model.EmbeddedPost;
import org.sitrep.pipeline.Report;

import java.time.LocalDate;
import java.util.List;

/**
 * A {@code sitrep/1} Document, with the extra fields Sitrep adds (how the date and outlet were found,
 * wires, captions, embedded posts, warnings).
 */
public record DocumentView(
        String id,
        String source,
        String outlet,
        LocalDate published,
        @JsonProperty("published_basis") String publishedBasis,
        String title,
        String text,
        @JsonProperty("removed_chars") int removedChars,
        @JsonProperty("published_how") String publishedHow,
        @JsonProperty("outlet_basis") String outletBasis,
        List<String> wires,
        String format,
        String charset,
        List<Caption> captions,
        @JsonProperty("embedded_posts") List<EmbeddedPost> embeddedPosts,
        List<String> warnings) {

    /** The same view with its embedded posts' offsets in code points ({@link CodePointOffsets}). */
    public DocumentView inCodePoints(CodePointOffsets offsets) {
        if (embeddedPosts == null || embeddedPosts.isEmpty()) {
            return this;
        }
        return new DocumentView(id, source, outlet, published, publishedBasis, title, text, removedChars, publishedHow,
                outletBasis, wires, format, charset, captions,
                embeddedPosts.stream().map(p -> offsets.post(id, p)).toList(), warnings);
    }

    public static DocumentView of(Report report) {
        var publication = report.publication();
        var outlet = report.outlet();
        var body = report.body();
        return new DocumentView(
                report.id(),
                report.raw().source(),
                outlet.name(),
                publication.date(),
                publication.basis() == null ? null : publication.basis().json(),
                report.title(),
                body.text(),
                body.removedChars(),
                publication.how(),
                outlet.basis(),
                outlet.wires(),
                report.decoded().format().name().toLowerCase(java.util.Locale.ROOT),
                report.decoded().charset(),
                body.captions(),
                body.embeddedPosts(),
                report.warnings());
    }
}
