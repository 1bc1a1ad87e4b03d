package org.sitrep.text;

import org.sitrep.model.Reading;
import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link Reading} of a text: each line is a paragraph (the cleaned body keeps one paragraph,
 * heading or embedded post per line), each paragraph is split into sentences, and each sentence into
 * tokens. Immutable and thread-safe.
 */
public final class ReadingBuilder {
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
                List<int[]> spans = splitter.split(text, lineStart, lineEnd);
                boolean headline = spans.size() == 1 && (Headlines.looksLikeHeadline(text, lineStart, lineEnd)
                        || paragraph < Headlines.TOP_LINES && Headlines.looksLikeTitleLine(text, lineStart, lineEnd));
                for (int[] s : spans) {
                    int first = sink.size();
                    tokenizer.tokenize(text, s[0], s[1], sink);
                    if (sink.size() > first) {
                        sentences.add(new Sentence(sentences.size(), s[0], s[1], first, sink.size(), paragraph, headline));
                    }
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        Tokens tokens = sink.toTokens(text);
        return new Reading(tokens, sentences);
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
