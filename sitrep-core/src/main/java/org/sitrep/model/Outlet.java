package org.sitrep.model;

import java.util.List;

/**
 * Who published the report.
 *
 * @param name  the outlet, or null when it cannot be told
 * @param basis a few words saying how it was found
 * @param wires news agencies credited as contributors ("Reuters"), which are not the outlet
 */
public record Outlet(String name, String basis, List<String> wires) {

    public Outlet {
        wires = List.copyOf(wires);
    }
}
