package org.sitrep.ingest;

import org.sitrep.clean.html.DateText;
import org.sitrep.model.ArticleDraft;
import org.sitrep.model.DateClaim;
import org.sitrep.model.InputFormat;
import org.sitrep.model.PageMetadata;
import org.sitrep.model.PublishedBasis;
import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For text and Markdown reports: reads the header lines scrapers put before the article ({@code date 2024-11-29},
 * {@code title: ...}, {@code url: ...}) into page metadata and takes them out of the text. A header
 * may share its line with the text that follows, as scrapes that lost their line breaks do. Markdown
 * syntax is reduced to plain text, its first level-one heading taken as the title. Metadata the input came
 * with ({@link org.sitrep.model.RawInput#given()}, an article file's fields) goes first: the header lines only
 * fill what it leaves out, as an HTML page's meta tags would.
 */
public final class HeaderLineStage extends BaseStage {
    private static final Pattern DATE = Pattern.compile(
            "\\A[ \\t]*(?:date|published|pubdate)[ \\t]*:?[ \\t]*(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][0-9:.+Z-]*)?[ \\t]*\\n?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("\\A[ \\t]*(?:title|headline)[ \\t]*:[ \\t]*([^\\n]+)\\n",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile(
            "\\A[ \\t]*(?:url|source|link)[ \\t]*:?[ \\t]*(https?://\\S+)[ \\t]*\\n?", Pattern.CASE_INSENSITIVE);

    public HeaderLineStage() {
        super("header-lines", Set.of(Layer.DECODED), Set.of(Layer.DRAFT));
    }

    @Override
    public void process(Report report) {
        if (report.decoded().format() == InputFormat.HTML) {
            return;
        }
        String text = report.decoded().text();
        List<DateClaim> dates = new ArrayList<>();
        String title = null;
        String url = null;
        int pos = 0;
        boolean found = true;
        while (found) {
            found = false;
            String rest = text.substring(pos);
            Matcher m = DATE.matcher(rest);
            if (m.find()) {
                try {
                    LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                    if (!DateText.sane(date)) {
                        report.warn("header line has a date outside " + DateText.FIRST_YEAR + "–" + DateText.LAST_YEAR
                                + ", not used: " + m.group().strip());
                    } else {
                        dates.add(new DateClaim(date, PublishedBasis.HEADER, "header line 'date " + date + "'"));
                    }
                    pos += m.end();
                    found = true;
                    continue;
                } catch (DateTimeException invalid) {
                    report.warn("header line has an impossible date: " + m.group().strip());
                }
            }
            m = TITLE.matcher(rest);
            if (title == null && m.find()) {
                title = m.group(1).strip();
                pos += m.end();
                found = true;
                continue;
            }
            m = URL.matcher(rest);
            if (url == null && m.find()) {
                url = m.group(1);
                pos += m.end();
                found = true;
            }
        }
        String body = text.substring(pos);
        int removed = pos;
        if (report.decoded().format() == InputFormat.MARKDOWN) {
            MarkdownText.Result plain = MarkdownText.strip(body);
            removed += body.length() - plain.text().length();
            body = plain.text();
            if (title == null) {
                title = plain.title();
            }
        }
        PageMetadata fromHeader = new PageMetadata(title, dates, List.of(), url);
        report.setDraft(new ArticleDraft(body, report.raw().given().withFallback(fromHeader), removed));
    }
}
