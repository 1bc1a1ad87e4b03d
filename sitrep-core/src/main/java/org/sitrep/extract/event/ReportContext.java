package org.sitrep.extract.event;

import org.sitrep.extract.SentenceMentions;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;
import org.sitrep.pipeline.Report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a report tells as a whole, worked out once per report for every trigger's sieves: the day of each sentence,
 * where its prose and its lede begin and end, the day its lede tells, its headlines, and the town it is about.
 * Every question a sieve asks of it costs no more than a look-up, so a report of many thousand sentences stays
 * linear.
 */
final class ReportContext {
    /** Tokens a sentence has at least to be prose, not a line of page furniture. */
    static final int PROSE_TOKENS = 20;
    /** Paragraphs of the body, from the first of prose, that count as its lede. */
    private static final int LEDE_PARAGRAPHS = 2;
    /** Sentences from the first of prose that count as its lede, however the copy is set in paragraphs. */
    private static final int LEDE_SENTENCES = 3;
    /** Sentences from the first of prose within which the report names the town it is about. */
    private static final int NAMING_SENTENCES = 6;

    private final EventResources res;
    private final Report report;
    private final SentenceMentions mentions;
    private final List<Sentence> sentences;
    private final SentenceDate[] whens;
    private final int firstProse;
    private final int ledeEndParagraph;
    private final int ledeDaySentence;
    private final List<Sentence> headlines = new ArrayList<>(2);
    private Place town;
    private boolean townDecided;
    private String means;
    private boolean meansDecided;
    private String mainGroup;
    private boolean groupDecided;
    private Set<String> states;
    private String onlyGroup;
    private boolean onlyDecided;

    ReportContext(EventResources res, Report report, SentenceMentions mentions, SentenceDate[] whens) {
        this.res = res;
        this.report = report;
        this.mentions = mentions;
        this.sentences = report.reading().sentences();
        this.whens = whens;
        int prose = -1;
        for (Sentence s : sentences) {
            if (s.headline()) {
                headlines.add(s);
            } else if (prose < 0 && s.endToken() - s.firstToken() >= PROSE_TOKENS) {
                prose = s.index();
            }
        }
        this.firstProse = prose;
        this.ledeEndParagraph = prose < 0 ? 0 : sentences.get(prose).paragraph() + LEDE_PARAGRAPHS - 1;
        this.ledeDaySentence = ledeDaySentence();
    }

    /** The mentions of sentence {@code sentence}. */
    List<Mention> mentionsOf(int sentence) {
        return mentions.mentions(sentence);
    }

    /** True when sentence {@code index} tells history ("In 2014, gunmen abducted …"). */
    boolean history(int index) {
        return index >= 0 && index < whens.length && whens[index] != null && whens[index].background();
    }

    /** True when the sentence is in the lede: its first paragraphs of prose, or its first sentences of prose. */
    boolean inLede(Sentence s) {
        return s.paragraph() <= ledeEndParagraph || s.index() < firstProse + LEDE_SENTENCES;
    }

    /** The headline sentences of the report. */
    List<Sentence> headlines() {
        return headlines;
    }

    /**
     * The day the lede tells (its first sentence that dates an incident to the day), if told before sentence
     * {@code before}, else null.
     */
    LocalDate ledeDay(int before) {
        return ledeDaySentence >= 0 && ledeDaySentence < before ? whens[ledeDaySentence].date() : null;
    }

    private int ledeDaySentence() {
        if (firstProse < 0) {
            return -1;
        }
        int first = sentences.get(firstProse).paragraph();
        for (int i = firstProse; i < sentences.size(); i++) {
            Sentence x = sentences.get(i);
            if (x.paragraph() > first + 1) {
                break;
            }
            SentenceDate w = whens[i];
            if (!x.headline() && w != null && w.date() != null && w.precision() == 1 && !w.said() && !w.background()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The town the report is about: the one town its headline names; else, of the towns its headline or first
     * sentences name (not as a reference point, a journey's end, a dateline or in a sentence of history), the one
     * it names most, ties to the first named; a town the gazetteer lacks counts by its name. Worked out on first
     * use.
     */
    Place town(String text, Tokens tokens) {
        if (!townDecided) {
            town = decideTown(text, tokens);
            townDecided = true;
        }
        return town;
    }

    private Place decideTown(String text, Tokens tokens) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Place> byKey = new LinkedHashMap<>();
        Set<String> named = new HashSet<>();
        Set<String> headlined = new HashSet<>(2);
        List<String> focus = report.names().focus();
        // Only the body's mentions: a caption's offsets are in its own text, not in these tokens.
        List<Mention> body = report.names().mentions().stream().filter(m -> m.zone() == 0).toList();
        for (Mention m : res.references().without(text, tokens, body)) {
            Place p = m.place();
            if (p == null || p.geoPrecision() > 1
                    || p.country() != null && !focus.isEmpty() && !focus.get(0).equals(p.country())) {
                continue;
            }
            int sentence = sentenceOf(m.start());
            if (history(sentence)) {
                continue; // "since 2014, when X was attacked": the place of a past incident
            }
            String key = p.geonameid() != null ? p.geonameid().toString() : p.name().toLowerCase(Locale.ROOT);
            counts.merge(key, 1, Integer::sum);
            byKey.putIfAbsent(key, p);
            if (sentence >= 0 && (sentences.get(sentence).headline()
                    || sentences.get(sentence).paragraph() <= ledeEndParagraph
                    || sentence < firstProse + NAMING_SENTENCES)) {
                named.add(key);
            }
            if (sentence >= 0 && sentences.get(sentence).headline()) {
                headlined.add(key);
            }
        }
        if (headlined.size() == 1) { // the one town the headline names is the one the report is about
            return byKey.get(headlined.iterator().next());
        }
        Place best = null;
        int bestCount = 0;
        for (var e : byKey.entrySet()) {
            int n = counts.get(e.getKey());
            if (n > bestCount && named.contains(e.getKey())) {
                best = e.getValue();
                bestCount = n;
            }
        }
        return best;
    }

    /**
     * The one means of fire from afar the report names ("artillery", "drones", "airstrikes"), or null when it names
     * none or several. Worked out on first use.
     */
    String onlyMeans() {
        if (!meansDecided) {
            Set<String> kinds = new HashSet<>(2);
            Tokens tokens = report.reading().tokens();
            TriggerLexicon lexicon = res.lexicon();
            for (Sentence other : sentences) {
                for (var m : lexicon.instruments.find(tokens, other.firstToken(), other.endToken())) {
                    kinds.add(m.value());
                }
                for (var m : lexicon.triggers.find(tokens, other.firstToken(), other.endToken())) {
                    if (lexicon.remote(m.value().subEvent())) {
                        kinds.add(m.value().subEvent());
                    }
                }
                if (kinds.size() > 1) {
                    break;
                }
            }
            means = kinds.size() == 1 ? kinds.iterator().next() : null;
            meansDecided = true;
        }
        return means;
    }

    /** The armed group the report names most (ties to the first to reach the most), or null. */
    String mainArmedGroup() {
        if (!groupDecided) {
            Map<String, Integer> counts = new HashMap<>();
            for (Mention m : report.names().mentions()) {
                if (m.type() == org.sitrep.model.EntityType.ARMED_GROUP) {
                    int n = counts.merge(m.name(), 1, Integer::sum);
                    if (mainGroup == null || n > counts.get(mainGroup)) {
                        mainGroup = m.name();
                    }
                }
            }
            groupDecided = true;
        }
        return mainGroup;
    }

    /** The one armed group the report names by name (not "militants"), or null when it names none or several. */
    String onlyArmedGroup() {
        if (!onlyDecided) {
            Set<String> names = new HashSet<>(2);
            for (Mention m : report.names().mentions()) {
                if (m.type() == org.sitrep.model.EntityType.ARMED_GROUP && !m.generic()) {
                    names.add(m.name());
                }
            }
            onlyGroup = names.size() == 1 ? names.iterator().next() : null;
            onlyDecided = true;
        }
        return onlyGroup;
    }

    /** True when the report names the state forces of {@code country} (ISO code) anywhere. */
    boolean namesState(String country) {
        if (states == null) {
            states = new HashSet<>();
            for (Mention m : report.names().mentions()) {
                String key = m.key();
                if (key != null && key.startsWith("state:")) {
                    int end = key.indexOf(':', "state:".length());
                    states.add(end < 0 ? key.substring("state:".length()) : key.substring("state:".length(), end));
                }
            }
        }
        return states.contains(country);
    }

    /** The index of the sentence holding offset {@code at}, or -1. */
    int sentenceOf(int at) {
        Sentence s = report.reading().sentenceAt(at);
        return s == null ? -1 : s.index();
    }
}
