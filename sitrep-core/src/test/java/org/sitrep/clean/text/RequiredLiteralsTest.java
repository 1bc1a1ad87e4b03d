package org.sitrep.clean.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import static org.assertj.core.api.Assertions.assertThat;

/** The literals read off a pattern are in every match of it: a gate built on them never turns away a match. */
class RequiredLiteralsTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void alternativesAndOptionalPartsAreMultipliedOut() {
        assertThat(RequiredLiterals.of("\\bsupport (us|now)\\b")).containsExactly(Set.of("support us", "support now"));
        assertThat(RequiredLiterals.of("e-?mail( address)?")).containsExactly(Set.of("email", "e-mail"));
        assertThat(RequiredLiterals.of("Read More|Close")).containsExactly(Set.of("read more", "close"));
    }

    @Test
    void whatCanMatchAnythingBreaksALiteralIntoClauses() {
        assertThat(RequiredLiterals.of("\\d{1,2}:\\d{2}\\s*(am|pm)?")).containsExactly(Set.of(":"));
        assertThat(RequiredLiterals.of("photo\\s?:\\s*.{1,60}\\((?<credit>[^()]+)\\)"))
                .containsExactlyInAnyOrder(Set.of("photo"), Set.of(":"), Set.of("("), Set.of(")"));
        assertThat(RequiredLiterals.of("[—–-]{1,2}\\s*@\\w+")).containsExactlyInAnyOrder(Set.of("—", "–", "-"),
                Set.of("@"));
    }

    @Test
    void aClauseKeepsOnlyItsShortestForms() {
        assertThat(RequiredLiterals.of("(jan|sep|sept)[a-z]*")).containsExactly(Set.of("jan", "sep"));
    }

    @Test
    void anAlternativeWithoutLiteralsMakesTheWholeRequireNothing() {
        assertThat(RequiredLiterals.of("donate|\\d+")).isEmpty();
        assertThat(RequiredLiterals.of("(donate)?")).isEmpty();
        assertThat(RequiredLiterals.of("\\w+ uses cookies")).containsExactly(Set.of(" uses cookies"));
    }

    @Test
    void unknownConstructsRequireNothing() {
        assertThat(RequiredLiterals.of("(?=donate)donate")).isEmpty();
        assertThat(RequiredLiterals.of("(?<!x)donate")).isEmpty();
        assertThat(RequiredLiterals.of("(a)\\1")).isEmpty();
        assertThat(RequiredLiterals.of("\\Qa.b\\E")).isEmpty();
        assertThat(RequiredLiterals.of("\\u0041bc")).isEmpty();
        assertThat(RequiredLiterals.of("[a[b]]c")).isEmpty();
        assertThat(RequiredLiterals.of("(?x)a b")).isEmpty();
    }

    @Test
    void flagsAndNamedGroupsAreReadThrough() {
        assertThat(RequiredLiterals.of("(?<text>Getty)(?-i) Images(?i:\\.)"))
                .containsExactly(Set.of("getty images."));
    }

    @Test
    void literalsAreFoldedAsTheMatcherFoldsThem() {
        assertThat(RequiredLiterals.of("ſupport|\u212Aeep")).containsExactly(Set.of("support", "keep"));
    }

    /** Random patterns over a small alphabet, random texts: every clause has a literal in each text matched. */
    @Property(tries = 3000)
    void everyMatchHoldsALiteralOfEveryClause(@ForAll long seed) {
        Random random = new Random(seed);
        String regex = alternation(random, 3);
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex, FLAGS);
        } catch (PatternSyntaxException notARegex) {
            return;
        }
        List<Set<String>> clauses = RequiredLiterals.of(regex);
        for (int t = 0; t < 20; t++) {
            String text = text(random);
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                assertHolds(clauses, text, regex);
            }
        }
    }

    /** The shipped rules, on lines made of their own words in mixed case. */
    @Property(tries = 300)
    void shippedRulesHoldTheirLiteralsInEveryMatch(@ForAll long seed) {
        Random random = new Random(seed);
        for (BoilerplateRule rule : RULES) {
            String regex = rule.pattern().pattern();
            String[] words = regex.replaceAll("\\\\[a-zA-Z]|[^\\p{L}\\d'’ :,./@()|-]", " ").split(" +");
            StringBuilder line = new StringBuilder();
            int n = 1 + random.nextInt(6);
            for (int w = 0; w < n; w++) {
                String word = words[random.nextInt(words.length)];
                line.append(random.nextBoolean() ? word : word.toUpperCase()).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = line.toString().strip();
            if (rule.pattern().matcher(text).find()) {
                assertHolds(RequiredLiterals.of(regex), text, regex);
            }
        }
    }

    private static final List<BoilerplateRule> RULES = allRules();

    private static List<BoilerplateRule> allRules() {
        BoilerplateRules rules = BoilerplateRules.loadDefault();
        return java.util.Arrays.stream(RuleKind.values())
                .flatMap(k -> rules.get(k, org.sitrep.model.InputFormat.TEXT).stream()).toList();
    }

    private static void assertHolds(List<Set<String>> clauses, String text, String regex) {
        String folded = CaseFold.fold(text);
        for (Set<String> clause : clauses) {
            assertThat(clause.stream().anyMatch(folded::contains))
                    .as("%s matches %s but holds none of %s", regex, text, clause).isTrue();
        }
    }

    private static final String[] ATOMS = {"a", "b", "k", "s", "-", "\\(", " ", "[ab]", "[^a]", "[a-c]", "[ks-]",
            ".", "\\b", "\\s", "\\w", "\\d", "^", "$", "(?-i)", "(?i)"};
    private static final String[] QUANTIFIERS = {"", "", "", "?", "*", "+", "{1,2}", "{0,1}", "{2}", "??", "+?",
            "{0,3}?"};
    private static final String[] GROUP_QUANTIFIERS = {"", "", "?", "??", "{1,2}", "{2}", "{0,2}?"};
    private static final char[] TEXT = {'a', 'b', 'A', 'B', 'k', 'K', '\u212A', 's', 'S', 'ſ', ' ', '-', '(', 'c',
            '1'};

    private static String alternation(Random random, int depth) {
        StringBuilder sb = new StringBuilder(sequence(random, depth));
        while (random.nextInt(3) == 0) {
            sb.append('|').append(sequence(random, depth));
        }
        return sb.toString();
    }

    private static String sequence(Random random, int depth) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (depth > 0 && random.nextInt(4) == 0) {
                String open = new String[] {"(", "(?:", "(?<g" + depth + i + ">", "(?-i:"}[random.nextInt(4)];
                // groups repeat boundedly: nested unbounded loops would make the matcher backtrack for ever
                sb.append(open).append(alternation(random, depth - 1)).append(")")
                        .append(GROUP_QUANTIFIERS[random.nextInt(GROUP_QUANTIFIERS.length)]);
            } else {
                sb.append(ATOMS[random.nextInt(ATOMS.length)])
                        .append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
            }
        }
        return sb.toString();
    }

    private static String text(Random random) {
        char[] chars = new char[random.nextInt(12)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = TEXT[random.nextInt(TEXT.length)];
        }
        return new String(chars);
    }
}
