package org.sitrep.clean.text;

import org.sitrep.model.CleanBody;
import org.sitrep.model.InputFormat;

import java.util.List;

/**
 * Cleans article text down to the report's own words. The knowledge (which phrasings are appeals, forms, feeds,
 * captions, embeds) is in {@code boilerplate.tsv}; this class runs the steps in order:
 * classify each line, drop sidebars (text scrapes only), complete form boxes, find embedded posts, drop repeats,
 * write the body. Immutable and shared by threads; every call works on its own {@link LineSheet}.
 */
public final class BoilerplateCleaner {
    private final LineClassifier classifier;
    private final SidebarDetector sidebars = new SidebarDetector();
    private final FormBoxDetector formBoxes = new FormBoxDetector();
    private final EmbedDetector embeds = new EmbedDetector();
    private final RepeatFilter repeats = new RepeatFilter();
    private final BodyAssembler assembler = new BodyAssembler();

    public BoilerplateCleaner(BoilerplateRules rules) {
        this.classifier = new LineClassifier(rules);
    }

    /** The cleaner with the rules shipped in {@code sitrep/data/boilerplate.tsv}, read once. */
    public static BoilerplateCleaner loadDefault() {
        return new BoilerplateCleaner(BoilerplateRules.loadDefault());
    }

    /**
     * @param text   the article text (header lines removed; for HTML the extracted article, paragraphs separated by
     *               blank lines)
     * @param format the input's format; for {@link InputFormat#HTML} only the rules marked {@code all} apply and
     *               no sidebar is cut
     */
    public CleanBody clean(String text, InputFormat format) {
        LineSheet sheet = LineSheet.split(text == null ? "" : text);
        classifier.classify(sheet, format);
        if (format != InputFormat.HTML) {
            sidebars.mark(sheet);
        }
        formBoxes.mark(sheet);
        List<PostSpan> posts = embeds.find(sheet);
        repeats.mark(sheet, posts);
        return assembler.assemble(sheet, posts);
    }
}
