package org.sitrep.relevance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One word for each phrase that every text spelling the phrase contains, so a gate on single words lets through
 * every text that holds a phrase. A phrase of one word gives that word; a longer one gives nothing new when it holds
 * a word another phrase gave ("rebel forces" and "rebel"), else its head: the last word before a function word that
 * follows the first ("capture" of "capture of", "forces" of "Military Forces of France", "bomb" of "car bomb").
 * A head that is too common to tell the topic ("control" of "took control of", "state" of "Islamic State") or has
 * fewer than three letters ("al", "un") gives no word: the phrase's other words are modifiers, most
 * of them as common ("democratic", "national"), and a report that holds the phrase holds other conflict words.
 */
final class HeadWords {
    private static final int MIN_LETTERS = 3;
    /** A country slot of a description ("{demonym} army"): no text spells it. */
    private static final Pattern SLOT = Pattern.compile("\\{[^}]*}");

    private HeadWords() {
    }

    /**
     * The words chosen for {@code phrases}, in a stable order.
     *
     * @param function  true for a function word ("of", "the"): it ends the part of a phrase its head is in
     * @param tooCommon true for a word too common to choose
     */
    static Set<String> of(Collection<String> phrases, Predicate<String> function, Predicate<String> tooCommon) {
        List<List<String>> single = new ArrayList<>();
        List<List<String>> longer = new ArrayList<>();
        for (String phrase : new TreeSet<>(phrases)) {
            List<String> words = Words.of(SLOT.matcher(phrase).replaceAll(" "));
            (words.stream().filter(function.negate()).count() == 1 ? single : longer).add(words);
        }
        Set<String> chosen = new LinkedHashSet<>();
        // Phrases of one word first: a longer phrase holding one of theirs then adds nothing.
        for (List<List<String>> group : List.of(single, longer)) {
            for (List<String> words : group) {
                if (words.stream().noneMatch(chosen::contains)) {
                    String head = head(words, function);
                    if (head != null && usable(head, tooCommon)) {
                        chosen.add(head);
                    }
                }
            }
        }
        return chosen;
    }

    /** The last word before the first function word that follows a word that is not one; null when all are. */
    private static String head(List<String> words, Predicate<String> function) {
        String head = null;
        for (String w : words) {
            if (!function.test(w)) {
                head = w;
            } else if (head != null) {
                break; // "forces" of "military forces of france"
            }
        }
        return head;
    }

    private static boolean usable(String word, Predicate<String> tooCommon) {
        if (word.length() < MIN_LETTERS || tooCommon.test(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
