package org.sitrep.cli;

import org.sitrep.ingest.InputNames;
import org.sitrep.ingest.Notice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The files a folder walk skipped, summed up in one line by extension: a folder of reports beside their gold
 * files and notes should not bury the report under a notice per file. Likewise the records of web archives set
 * aside on purpose, summed up by reason: a crawl holds far more images and scripts than pages. Failures are not
 * summed up; each keeps its own line.
 */
final class SkipSummary {
    private SkipSummary() {
    }

    /**
     * One line such as {@code skipped 22 files that are not reports (.json 21, .md 1); --verbose names them},
     * or null when nothing was skipped.
     */
    static String of(List<Notice> notices) {
        List<Notice> skipped = notices.stream().filter(n -> !n.failure()).toList();
        if (skipped.isEmpty()) {
            return null;
        }
        Map<String, Long> byExtension = skipped.stream()
                .collect(Collectors.groupingBy(SkipSummary::extension, LinkedHashMap::new, Collectors.counting()));
        String counts = ranked(byExtension);
        int n = skipped.size();
        return "skipped " + n + (n == 1 ? " file that is not a report (" : " files that are not reports (") + counts
                + "); --verbose names " + (n == 1 ? "it" : "them");
    }

    /**
     * One line such as {@code skipped 412 archive records: not HTML or text 380, not a page (HTTP status) 30,
     * binary 2; --verbose names them}, or null when none was skipped: the skips counted by a reason
     * ({@link Notice#reason()}), which are the records of web archives not read as reports.
     */
    static String ofRecords(List<Notice> notices) {
        List<Notice> skipped = notices.stream().filter(SkipSummary::isRecordSkip).toList();
        if (skipped.isEmpty()) {
            return null;
        }
        Map<String, Long> byReason = skipped.stream()
                .collect(Collectors.groupingBy(Notice::reason, LinkedHashMap::new, Collectors.counting()));
        int n = skipped.size();
        return "skipped " + n + (n == 1 ? " archive record: " : " archive records: ") + ranked(byReason)
                + "; --verbose names " + (n == 1 ? "it" : "them");
    }

    /** True for a skip summed up by {@link #ofRecords}: one counted by its reason. */
    static boolean isRecordSkip(Notice notice) {
        return !notice.failure() && notice.reason() != null;
    }

    /** "key count" pairs, the largest count first, ties by key. */
    private static String ranked(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String extension(Notice notice) {
        String source = notice.source();
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf(java.io.File.separatorChar));
        String ext = InputNames.reportExtension(source.substring(slash + 1));
        return ext.isEmpty() ? "no extension" : "." + ext;
    }
}
