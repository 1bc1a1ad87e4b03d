package org.sitrep.source;

import org.sitrep.model.CleanBody;
import org.sitrep.model.Outlet;
import org.sitrep.model.PageMetadata;

import java.util.List;

/** Tells the outlet. (Placeholder: metadata only.) */
public final class OutletDetector {

    public static OutletDetector loadDefault() {
        return new OutletDetector();
    }

    public Outlet detect(PageMetadata metadata, CleanBody body, String source) {
        if (!metadata.siteNames().isEmpty()) {
            return new Outlet(metadata.siteNames().get(0), "page metadata", List.of());
        }
        return new Outlet(null, "not found", List.of());
    }
}
