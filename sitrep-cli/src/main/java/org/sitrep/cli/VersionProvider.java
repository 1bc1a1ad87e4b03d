package org.sitrep.cli;

import picocli.CommandLine;

/** The version from the jar manifest, or "development". */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"sitrep " + (version == null ? "development build" : version)};
    }
}
