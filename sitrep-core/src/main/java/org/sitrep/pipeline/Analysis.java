package org.sitrep.pipeline;

import org.sitrep.ingest.Notice;

import java.util.List;

/**
 * The outcome of one run: the reports that were analysed, in input order, and a notice for every input
 * that was skipped or could not be read.
 */
public record Analysis(List<Report> reports, List<Notice> notices) {

    public Analysis {
        reports = List.copyOf(reports);
        notices = List.copyOf(notices);
    }

    public boolean hasFailures() {
        return notices.stream().anyMatch(Notice::failure);
    }
}
