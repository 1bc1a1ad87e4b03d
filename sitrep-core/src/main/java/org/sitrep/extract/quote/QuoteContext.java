package org.sitrep.extract.quote;

import org.sitrep.extract.SentenceMentions;
import org.sitrep.model.EmbeddedPost;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Reading;
import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One report as the quotation reader sees it: its text, sentences, names, times, embedded posts and runs of
 * quoted words, with the look-ups built once per report.
 */
final class QuoteContext {
    /** Compiled once: String.split compiled it again for every quotation it counted the words of. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    final String text;
    final Reading reading;
    final SentenceMentions mentions;
    final List<EmbeddedPost> posts;
    final List<QuoteSpan> spans;
    private final List<Mention> persons = new ArrayList<>();
    private final Map<String, String> roles = new HashMap<>();

    QuoteContext(String text, Reading reading, SentenceMentions mentions, List<EmbeddedPost> posts) {
        this.text = text;
        this.reading = reading;
        this.mentions = mentions;
        this.posts = List.copyOf(posts);
        this.spans = QuoteSpans.find(text);
        for (int k = 0; k < reading.sentences().size(); k++) {
            for (Mention m : mentions.mentions(k)) {
                if (m.type() == EntityType.PERSON && !m.generic()) {
                    persons.add(m);
                    if (m.role() != null) {
                        roles.putIfAbsent(m.name(), m.role());
                    }
                }
            }
        }
    }

    Sentence sentence(int index) {
        return reading.sentences().get(index);
    }

    /** The title the report gives this person somewhere ("Peskov" later in a report that introduced him), or null. */
    String roleOf(String person) {
        return roles.get(person);
    }

    /** The tokens of sentences {@code [first, last]}, with those inside quotation marks flagged. */
    SpeakerFinder.Clause clause(int first, int last) {
        int from = sentence(first).firstToken();
        int to = sentence(last).endToken();
        Tokens tokens = reading.tokens();
        boolean[] quoted = new boolean[Math.max(0, to - from)];
        for (int i = from; i < to; i++) {
            quoted[i - from] = quoted(tokens.start(i));
        }
        List<Mention> list = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            list.addAll(mentions.mentions(k));
        }
        return new SpeakerFinder.Clause(text, tokens, from, to, quoted, list, posts, persons);
    }

    /** The day said in the clause of the speaker's cue, or null. */
    LocalDate dateOf(Speaker s) {
        int offset = reading.tokens().start(s.cue());
        Sentence cueSentence = reading.sentenceAt(offset);
        return cueSentence == null ? null : SpeechDate.near(mentions.times(cueSentence.index()), this::quoted, offset);
    }

    /** True when character {@code offset} lies inside quotation marks. */
    boolean quoted(int offset) {
        int k = firstOpenAtOrAfter(offset + 1) - 1; // the last span opening at or before the offset
        return k >= 0 && spans.get(k).covers(offset);
    }

    /** True when a quotation mark opens within characters {@code [from, to)}. */
    boolean quoted(int from, int to) {
        int k = firstOpenAtOrAfter(from);
        return k < spans.size() && spans.get(k).open() < to;
    }

    /**
     * The index of the first span opening at or after {@code offset}, or the number of spans: a binary search,
     * since spans come in order and never overlap, and a report full of quotations asks once per token.
     */
    private int firstOpenAtOrAfter(int offset) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).open() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    boolean inPost(int offset) {
        for (EmbeddedPost p : posts) {
            if (offset >= p.start() && offset < p.end()) {
                return true;
            }
        }
        return false;
    }

    /** True when characters {@code [from, to)} hold a letter or digit. */
    boolean hasWord(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when the quotation is its paragraph's last words (a quote paragraph after the sentence naming its speaker). */
    boolean endsParagraph(QuoteSpan span) {
        int lineEnd = text.indexOf('\n', span.close());
        return !hasWord(span.close(), lineEnd < 0 ? text.length() : lineEnd);
    }

    /** True when the quoted words are one name and nothing else ("“Boko Haram,”", "“Republic of X”"). */
    boolean onlyName(QuoteSpan span, int sentence) {
        int end = span.end();
        while (end > span.start() && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        for (Mention m : mentions.mentions(sentence)) {
            if (!m.generic() && m.start() <= span.start() && m.end() >= end) {
                return true;
            }
        }
        return false;
    }

    int words(QuoteSpan span) {
        return SPACES.split(text.substring(span.start(), span.end()).strip()).length;
    }
}
