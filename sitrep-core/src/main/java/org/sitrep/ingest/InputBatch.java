package org.sitrep.ingest;

import org.sitrep.model.RawInput;

import java.util.ArrayList;
import java.util.List;

/**
 * Inputs read and ready to analyse, in order, and a notice for each input, or part of one, that could not be
 * read: a plain report is one input, a file of scraped articles one per article, and a bad line of such a file
 * one failure notice naming the file and the line.
 *
 * @param inputs  the reports to analyse, ids unique within the batch
 * @param notices what could not be read, one line each
 */
public record InputBatch(List<RawInput> inputs, List<Notice> notices) {

    public InputBatch {
        inputs = List.copyOf(inputs);
        notices = List.copyOf(notices);
    }

    /** This batch followed by {@code more}. */
    public InputBatch plus(InputBatch more) {
        List<RawInput> allInputs = new ArrayList<>(inputs);
        allInputs.addAll(more.inputs);
        List<Notice> allNotices = new ArrayList<>(notices);
        allNotices.addAll(more.notices);
        return new InputBatch(allInputs, allNotices);
    }

    /** Gathers a web archive's pages and notices, in the order they come, into a batch. */
    public static final class Collector implements ArchiveReader.Sink {
        private final List<RawInput> inputs = new ArrayList<>();
        private final List<Notice> notices = new ArrayList<>();

        @Override
        public void page(RawInput page) {
            inputs.add(page);
        }

        @Override
        public void notice(Notice notice) {
            notices.add(notice);
        }

        public InputBatch batch() {
            return new InputBatch(inputs, notices);
        }
    }
}
