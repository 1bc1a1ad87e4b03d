package org.sitrep.clean.text;

import org.sitrep.model.CleanBody;
import org.sitrep.model.InputFormat;

import java.util.List;

/** Cleans article text line by line. (Placeholder: trims only.) */
public final class BoilerplateCleaner {

    public static BoilerplateCleaner loadDefault() {
        return new BoilerplateCleaner();
    }

    public CleanBody clean(String text, InputFormat format) {
        String cleaned = text.strip();
        return new CleanBody(cleaned, List.of(), List.of(), text.length() - cleaned.length(), List.of());
    }
}
