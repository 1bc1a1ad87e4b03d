package org.sitrep.cli;

import org.sitrep.ingest.InputNames;
import org.sitrep.ingest.Notice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The files a folder walk skipped, summed up in one line by extension: a folder of reports beside their gold
 * files and notes should not bury the report under a notice per file. Failures are not summed up; each keeps
 * its own line.
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
        String counts = byExtension.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        int n = skipped.size();
        return "skipped " + n + (n == 1 ? " file that is not a report (" : " files that are not reports (") + counts
                + "); --verbose names " + (n == 1 ? "it" : "them");
    }

    private static String extension(Notice notice) {
        String source = notice.source();
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf(java.io.File.separatorChar));
        String ext = InputNames.reportExtension(source.substring(slash + 1));
        return ext.isEmpty() ? "no extension" : "." + ext;
    }
}
