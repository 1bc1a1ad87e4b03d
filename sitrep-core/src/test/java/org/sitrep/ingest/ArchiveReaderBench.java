package org.sitrep.ingest;

import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * How fast {@link ArchiveReader} alone reads a generated WARC, each record its own gzip member as crawlers write
 * them: {@code java -cp ... org.sitrep.ingest.ArchiveReaderBench [pages]} prints records per second. Not a test: a
 * figure for the README and the cluster job's sizing, measured by hand.
 */
public final class ArchiveReaderBench {
    private ArchiveReaderBench() {
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        String paragraph = "<p>Shelling resumed along the river overnight, the district administration said, and "
                + "two bridges were closed to traffic while engineers inspected them.</p>\n";
        List<WarcRecord> records = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            String uri = "https://news.example/2031/07/report-" + i;
            records.add(TestArchives.request(uri));
            records.add(TestArchives.response(uri, "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>"
                    + "Report " + i + "</title></head><body><article>" + paragraph.repeat(20 + i % 40)
                    + "</article></body></html>"));
        }
        byte[] archive = TestArchives.warc(WarcCompression.GZIP, records.toArray(new WarcRecord[0]));
        ArchiveReader reader = new ArchiveReader();
        for (int round = 0; round < 6; round++) {
            long start = System.nanoTime();
            InputBatch batch = reader.readAll(new ByteArrayInputStream(archive), "bench.warc.gz", new IdAllocator());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %d records (%d pages, %.1f MB compressed) in %.3f s: %.0f records/s, "
                    + "%.0f pages/s%n", round, records.size(), batch.inputs().size(), archive.length / 1e6, seconds,
                    records.size() / seconds, batch.inputs().size() / seconds);
        }
    }
}
