package org.sitrep.text;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds sentence boundaries inside one paragraph with Apache OpenNLP's English (UD EWT) sentence model,
 * then repairs the splits news style provokes: a period after a title or month abbreviation ("Maj. Gen.",
 * "Nov. 29"), after initials followed by a lower-case word ("the U.N. said"), and any split before a
 * lower-case or closing-punctuation start. The model is loaded once and shared; each thread gets its own
 * detector, since OpenNLP's detectors keep per-call state.
 */
public final class SentenceSplitter {
    public static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    /** Common English words, which are not the names around a middle initial ("Plan B. Troops"). */
    private static final java.util.Set<String> COMMON =
            java.util.Set.copyOf(org.sitrep.util.TsvResource.lines("/sitrep/data/common-words.txt"));

    /** A run of more characters than this without a space is no prose: a rule of periods, an address. */
    static final int LONG_RUN = 100;

    private final SentenceModel model;
    private final Abbreviations abbreviations;
    private final char[] enders;
    private final ThreadLocal<SentenceDetectorME> detectors;

    public SentenceSplitter(SentenceModel model, Abbreviations abbreviations) {
        this.model = model;
        this.abbreviations = abbreviations;
        this.enders = model.getEosCharacters();
        this.detectors = ThreadLocal.withInitial(() -> new SentenceDetectorME(this.model));
    }

    public static SentenceSplitter loadDefault(Abbreviations abbreviations) {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing OpenNLP sentence model " + MODEL_RESOURCE);
            }
            return new SentenceSplitter(new SentenceModel(in), abbreviations);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP sentence model", e);
        }
    }

    /** Sentence spans {start, end} (absolute offsets) of {@code text[from, to)}, trimmed of spaces. */
    public List<int[]> split(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        String paragraph = text.substring(from, to);
        Span[] spans = modelSpans(forModel(paragraph));
        for (Span s : spans) {
            int start = from + s.getStart();
            int end = from + s.getEnd();
            if (!out.isEmpty() && joins(text, out.get(out.size() - 1), start)) {
                out.get(out.size() - 1)[1] = end;
            } else {
                out.add(new int[] {start, end});
            }
        }
        List<int[]> cut = new ArrayList<>(out.size()); // not inserted in place: a paragraph may hold many
        for (int[] span : out) {
            int[] rest = span;
            for (int end = missedEnd(text, rest); end > 0; end = missedEnd(text, rest)) {
                cut.add(new int[] {rest[0], end});
                rest = trim(text, end, rest[1]);
            }
            cut.add(rest);
        }
        if (cut.isEmpty() && paragraph.strip().length() > 0) {
            cut.add(trim(text, from, to));
        }
        return cut;
    }

    /**
     * The paragraph as the model reads it, of the same length: inside a run of more than {@link #LONG_RUN}
     * characters without a space, every sentence-ending character but the run's last is masked. The model looks
     * for the space after each of them, which on a line of a million periods costs the square of its length.
     */
    private String forModel(String paragraph) {
        char[] chars = null;
        int runStart = 0;
        int n = paragraph.length();
        for (int i = 0; i <= n; i++) {
            if (i < n && !isSpace(paragraph.charAt(i))) {
                continue;
            }
            if (i - runStart > LONG_RUN) {
                if (chars == null) {
                    chars = paragraph.toCharArray();
                }
                for (int k = runStart; k < i - 1; k++) {
                    if (isEnder(chars[k])) {
                        chars[k] = '_';
                    }
                }
            }
            runStart = i + 1;
        }
        return chars == null ? paragraph : new String(chars);
    }

    /** The model's sentences of a paragraph, asked of the model only when the paragraph can hold more than one. */
    Span[] modelSpans(String paragraph) {
        return endsOnlyAtItsEnd(paragraph) ? trimmed(paragraph) : detectors.get().sentPosDetect(paragraph);
    }

    /**
     * True when no sentence-ending character stands in the paragraph but as its last non-space one: the model
     * then gives the whole paragraph, trimmed, whether it takes that last one as an end or not. News puts many
     * paragraphs of one sentence, and each would cost the model a context and an evaluation.
     */
    private boolean endsOnlyAtItsEnd(String paragraph) {
        int last = paragraph.length() - 1;
        while (last >= 0 && StringUtil.isWhitespace(paragraph.charAt(last))) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            if (isEnder(paragraph.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The span the model gives a paragraph without a sentence end inside it: all of it but its outer spaces. */
    private static Span[] trimmed(String paragraph) {
        Span whole = new Span(0, paragraph.length()).trim(paragraph);
        return whole.length() > 0 ? new Span[] {whole} : new Span[0];
    }

    private boolean isEnder(char c) {
        for (char ender : enders) {
            if (c == ender) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7f) {
            return false; // printable ASCII, the bulk of a paragraph
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** True when the split between {@code previous} and a sentence starting at {@code next} is a false one. */
    private boolean joins(String text, int[] previous, int next) {
        if (next >= text.length()) {
            return true;
        }
        char first = text.charAt(next);
        if (Character.isLowerCase(first) || ",;:)]".indexOf(first) >= 0) {
            return true;
        }
        int end = previous[1];
        if (end == 0 || text.charAt(end - 1) != '.') {
            return false;
        }
        int wordStart = end - 1;
        while (wordStart > previous[0] && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(' && text.charAt(wordStart - 1) != '"') {
            wordStart--;
        }
        if (middleInitial(text, previous[0], wordStart, end, next)) {
            return true;
        }
        Abbreviations.Kind kind = abbreviations.kind(text.subSequence(wordStart, end - 1));
        if (kind == null) {
            return false;
        }
        return switch (kind) {
            case TITLE -> true;
            case MONTH, OTHER -> Character.isDigit(first);
            case INITIAL, STARTER, PREFIX -> false;
        };
    }

    /**
     * "Ishaya M. Fompun": one capital letter and its period between a capitalised name and a capitalised
     * word that does not open sentences is a middle initial, not a sentence end.
     */
    private boolean middleInitial(String text, int sentenceStart, int wordStart, int end, int next) {
        if (end - 1 - wordStart != 1 || !Character.isUpperCase(text.charAt(wordStart))
                || !Character.isUpperCase(text.charAt(next))) {
            return false;
        }
        int before = wordStart - 1;
        if (before <= sentenceStart || text.charAt(before) != ' ' || !Character.isLetter(text.charAt(before - 1))) {
            return false;
        }
        int nameStart = before - 1;
        while (nameStart > sentenceStart && Character.isLetter(text.charAt(nameStart - 1))) {
            nameStart--;
        }
        int nextEnd = next;
        while (nextEnd < text.length() && Character.isLetter(text.charAt(nextEnd))) {
            nextEnd++;
        }
        return Character.isUpperCase(text.charAt(nameStart)) && nextEnd > next + 1
                && !abbreviations.starter(text.subSequence(next, nextEnd))
                && !COMMON.contains(text.substring(nameStart, before).toLowerCase(java.util.Locale.ROOT))
                && !COMMON.contains(text.substring(next, nextEnd).toLowerCase(java.util.Locale.ROOT)); // "Camp B. Soldiers"
    }

    /**
     * The end of a sentence the model kept inside {@code span}: a period closing initials or a common
     * abbreviation ("U.S.", "etc.") followed by a word that opens sentences ("The"); -1 when none.
     */
    private int missedEnd(String text, int[] span) {
        for (int i = periodSpace(text, span[0], span[1]); i >= 0; i = periodSpace(text, i + 1, span[1])) {
            int wordStart = i;
            while (wordStart > span[0] && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            Abbreviations.Kind kind = abbreviations.kind(text.subSequence(wordStart, i));
            if (kind != Abbreviations.Kind.INITIAL && kind != Abbreviations.Kind.OTHER) {
                continue;
            }
            int next = i + 2;
            int nextEnd = next;
            while (nextEnd < span[1] && Character.isLetter(text.charAt(nextEnd))) {
                nextEnd++;
            }
            if (abbreviations.starter(text.subSequence(next, nextEnd))) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The next ". " inside {@code [from, to)} with a character after it, or -1 (never searches past {@code to}). */
    private static int periodSpace(String text, int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static int[] trim(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }
}
