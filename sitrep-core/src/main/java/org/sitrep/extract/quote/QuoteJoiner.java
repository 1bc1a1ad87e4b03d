package org.sitrep.extract.quote;

import org.sitrep.model.Evidence;
import org.sitrep.model.Hedge;
import org.sitrep.model.Quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes quotations of drafts: a quotation split by its attribution ("“A,” X said. “B.”"), carried over
 * paragraphs or continued by a quote paragraph with no cue of its own becomes one quotation with evidence
 * for each part; a quotation repeated (a scraped pull-quote) or contained in a longer one of the same
 * speaker is kept once.
 */
final class QuoteJoiner {
    /** Compiled once: String.replaceAll compiled its pattern again for every quotation. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private QuoteJoiner() {
    }

    static List<Quote> join(String doc, String text, List<QuoteDraft> drafts) {
        List<Part> joined = new ArrayList<>();
        for (QuoteDraft d : drafts) {
            Part last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && continues(text, last.lastDraft(), d)) {
                last.add(d);
            } else {
                joined.add(new Part(d));
            }
        }
        List<Quote> out = new ArrayList<>();
        List<String> folds = new ArrayList<>(joined.size()); // each folded once, not once per pair
        for (Part p : joined) {
            folds.add(fold(p.text(text)));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < joined.size(); i++) {
            Part p = joined.get(i);
            String folded = folds.get(i);
            if (seen.contains(folded) || containedElsewhere(i, joined, folds)) {
                continue;
            }
            seen.add(folded);
            out.add(p.quote(doc, text));
        }
        return out;
    }

    /**
     * True when draft {@code d} is the rest of the quotation that {@code p} began: a quotation running on
     * into the next paragraph, a cue-less next sentence of the same paragraph or a cue-less paragraph that is
     * nothing but a quotation, or the second half of a quotation split by its attribution ("“A,” X said,
     * “B.”"). A cue-less quotation in a paragraph that goes on to say more ("“A,” leading to “B”, …"), or a
     * phrase quoted further on in the sentence ("…,” he said, speaking of a “new stage”), stands alone.
     */
    static boolean continues(String text, QuoteDraft p, QuoteDraft d) {
        if (!Objects.equals(p.speaker(), d.speaker())) {
            return false;
        }
        if (d.span().continues()) {
            return true;
        }
        if (d.inherited() && d.firstSentence() <= p.lastSentence() + 1
                && (sameParagraph(text, p.span(), d.span()) || wholeParagraph(text, d.span()))) {
            return true;
        }
        return p.leading() && d.firstSentence() == p.lastSentence() && opensAfterPunctuation(text, d.span());
    }

    private static boolean sameParagraph(String text, QuoteSpan a, QuoteSpan b) {
        int lineEnd = text.indexOf('\n', a.close());
        return lineEnd < 0 || lineEnd >= b.open();
    }

    /** True when the quotation is its whole paragraph: a quote paragraph carrying on the one before. */
    private static boolean wholeParagraph(String text, QuoteSpan span) {
        int lineStart = text.lastIndexOf('\n', span.open()) + 1;
        int lineEnd = text.indexOf('\n', span.close());
        return !hasWord(text, lineStart, span.open()) && !hasWord(text, span.close(), lineEnd < 0 ? text.length() : lineEnd);
    }

    private static boolean hasWord(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when the last mark before the quotation's opening mark is punctuation, not a word ("said, “B”"). */
    private static boolean opensAfterPunctuation(String text, QuoteSpan span) {
        for (int i = span.open() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return !Character.isLetterOrDigit(c);
            }
        }
        return false;
    }

    private static boolean containedElsewhere(int k, List<Part> all, List<String> folds) {
        String folded = folds.get(k);
        String speaker = all.get(k).speaker();
        for (int i = 0; i < all.size(); i++) {
            if (i != k && Objects.equals(all.get(i).speaker(), speaker)) {
                String o = folds.get(i);
                if (o.length() > folded.length() && o.contains(folded)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String fold(String s) {
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The drafts of one quotation. */
    private static final class Part {
        private final List<QuoteDraft> drafts = new ArrayList<>(2);

        Part(QuoteDraft first) {
            drafts.add(first);
        }

        void add(QuoteDraft d) {
            drafts.add(d);
        }

        QuoteDraft lastDraft() {
            return drafts.get(drafts.size() - 1);
        }

        String speaker() {
            return drafts.get(0).speaker();
        }

        String text(String body) {
            StringBuilder sb = new StringBuilder();
            for (QuoteDraft d : drafts) {
                if (!sb.isEmpty()) {
                    char end = sb.charAt(sb.length() - 1);
                    sb.append(".?!…:;".indexOf(end) >= 0 ? " " : ", "); // "A," X said, "B." gives "A, B."
                }
                sb.append(body, d.span().start(), d.span().end());
            }
            return SPACES.matcher(sb).replaceAll(" ");
        }

        Quote quote(String doc, String body) {
            String role = null;
            LocalDate date = null;
            List<Evidence> evidence = new ArrayList<>(drafts.size());
            for (QuoteDraft d : drafts) {
                role = role != null ? role : d.role();
                date = date != null ? date : d.date();
                evidence.add(Evidence.of(doc, body, d.span().start(), d.span().end(), speaker(), Hedge.REPORTED));
            }
            return new Quote(speaker(), role, text(body), date, evidence);
        }
    }
}
