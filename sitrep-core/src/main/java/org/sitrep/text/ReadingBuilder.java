package org.sitrep.text;

import org.sitrep.model.Reading;
import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;
import org.sitrep.pipeline.Budget;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link Reading} of a text: each line is a paragraph (the cleaned body keeps one paragraph,
 * heading or embedded post per line), each paragraph is split into sentences, and each sentence into
 * tokens. Immutable and thread-safe.
 */
public final class ReadingBuilder {
    /**
     * Most tokens in one sentence. A longer one (a list, a line without periods) is read as several, cut at a
     * comma where it can be, so that no stage working sentence by sentence ever sees more; news sentences
     * stay well under it (the longest of the dev corpus has 170).
     */
    public static final int MAX_TOKENS = 250;

    private final SentenceSplitter splitter;
    private final Tokenizer tokenizer;

    public ReadingBuilder(SentenceSplitter splitter, Tokenizer tokenizer) {
        this.splitter = splitter;
        this.tokenizer = tokenizer;
    }

    public static ReadingBuilder loadDefault() {
        Abbreviations abbreviations = Abbreviations.loadDefault();
        return new ReadingBuilder(SentenceSplitter.loadDefault(abbreviations), new Tokenizer(abbreviations));
    }

    public Reading read(String text) {
        Tokenizer.Sink sink = new Tokenizer.Sink();
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (!isBlank(text, lineStart, lineEnd)) {
                Budget.check();
                List<int[]> spans = splitter.split(text, lineStart, lineEnd);
                boolean headline = spans.size() == 1 && (Headlines.looksLikeHeadline(text, lineStart, lineEnd)
                        || paragraph < Headlines.TOP_LINES && Headlines.looksLikeTitleLine(text, lineStart, lineEnd));
                for (int[] s : spans) {
                    int first = sink.size();
                    int start = s[0];
                    tokenizer.tokenize(text, s[0], s[1], sink);
                    while (sink.size() - first > MAX_TOKENS) { // a list or a run-on line, cut up
                        int cut = cut(text, sink, first);
                        sentences.add(new Sentence(sentences.size(), start, sink.end(cut - 1), first, cut,
                                paragraph, headline));
                        first = cut;
                        start = sink.start(cut);
                    }
                    if (sink.size() > first) {
                        sentences.add(new Sentence(sentences.size(), start, s[1], first, sink.size(), paragraph, headline));
                    }
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        Tokens tokens = sink.toTokens(text);
        return new Reading(tokens, sentences);
    }

    /**
     * Where to end a piece of a sentence longer than {@link #MAX_TOKENS} that starts at token {@code first}: after
     * the last comma, semicolon or colon of its second half, else after its {@code MAX_TOKENS}th token.
     */
    private static int cut(String text, Tokenizer.Sink sink, int first) {
        for (int t = first + MAX_TOKENS - 1; t >= first + MAX_TOKENS / 2; t--) {
            if (sink.end(t) - sink.start(t) == 1 && ",;:".indexOf(text.charAt(sink.start(t))) >= 0) {
                return t + 1;
            }
        }
        return first + MAX_TOKENS;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
