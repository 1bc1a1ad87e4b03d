package org.sitrep.clean.text;

import org.sitrep.model.CleanBody;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.Stage;

import java.util.Set;

/** Removes what is not the report from the article text: appeals, forms, feeds, captions, repeats. */
public final class BoilerplateStage implements Stage {
    private final BoilerplateCleaner cleaner;

    public BoilerplateStage(BoilerplateCleaner cleaner) {
        this.cleaner = cleaner;
    }

    @Override
    public String name() {
        return "boilerplate";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.DRAFT);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.BODY);
    }

    @Override
    public void process(Report report) {
        CleanBody cleaned = cleaner.clean(report.draft().text(), report.decoded().format());
        report.setBody(new CleanBody(cleaned.text(), cleaned.captions(), cleaned.embeddedPosts(),
                cleaned.removedChars() + report.draft().removedChars(), cleaned.removed()));
    }
}
