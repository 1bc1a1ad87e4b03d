package org.sitrep.clean.text;

import org.sitrep.model.Caption;
import org.sitrep.model.CleanBody;
import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Removes what is not the report from the article text: appeals, forms, feeds, captions, repeats. */
public final class BoilerplateStage extends BaseStage {
    private final BoilerplateCleaner cleaner;

    public BoilerplateStage(BoilerplateCleaner cleaner) {
        super("boilerplate", Set.of(Layer.DRAFT), Set.of(Layer.BODY));
        this.cleaner = cleaner;
    }

    @Override
    public void process(Report report) {
        CleanBody cleaned = cleaner.clean(report.draft().text(), report.decoded().format());
        List<Caption> captions = new ArrayList<>(report.draft().captions());
        captions.addAll(cleaned.captions());
        report.setBody(new CleanBody(cleaned.text(), captions, cleaned.embeddedPosts(),
                cleaned.removedChars() + report.draft().removedChars(), cleaned.removed()));
    }
}
