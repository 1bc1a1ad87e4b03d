package org.sitrep.source;

import org.sitrep.text.CaseVariants;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a phrasing of {@link OutletTable#phrases()} can open with, read from the start of its
 * pattern: the self-naming {@code {O}} (a capital, a digit, or the "t" of "the"), or a group of alternatives
 * ("(?:told|telling|spoke to) ...", "(?:^|[—–-] ?|\()with ...") each opening with a plain letter, an escaped
 * sign or a class of plain characters (a line start opens with what follows the group), or one plain word. A
 * look-ahead on these characters, put before the pattern, lets the engine pass over a position with one table
 * look-up instead of trying each alternative there case-blind. The look-ahead matches a character exactly
 * when case-blind matching of an opening character would; for any other start there is no gate.
 */
final class PhraseOpening {
    /** The name placeholders; a name opens with "The", "the", a capital or a digit, matched with case. */
    private static final Pattern NAME_START = Pattern.compile("^\\{(?:O|W|LIST)}");
    /** A group at the start, not optional; its body may hold escaped characters but no inner group. */
    private static final Pattern GROUP = Pattern.compile("^\\(\\?:((?:[^()\\\\]|\\\\.)*)\\)(?![?*+{])");
    /**
     * A start whose first character is certain: a lower-case letter, an escaped sign, or a class of plain
     * characters (no range, no negation, no escape; a hyphen only last); none of them quantified.
     */
    private static final Pattern CERTAIN_START = Pattern.compile(
            "^(?:([a-z])|\\\\([^\\p{Alnum}])|\\[([^\\]\\\\^-]+-?)\\])(?![?*+{])");

    private PhraseOpening() {
    }

    /** A look-ahead to put before the phrasing's pattern, or "" when its opening is not one of the known shapes. */
    static String gate(String phrase) {
        if (NAME_START.matcher(phrase).find()) {
            return "(?=(?-i:[A-Z0-9t]))";
        }
        Matcher group = GROUP.matcher(phrase);
        boolean grouped = group.find();
        List<String> alternatives = grouped ? alternatives(group.group(1)) : List.of(phrase);
        String afterGroup = grouped ? phrase.substring(group.end()) : "";
        StringBuilder openings = new StringBuilder();
        for (String alternative : alternatives) {
            boolean empty = alternative.isEmpty() || alternative.equals("^");
            Matcher start = CERTAIN_START.matcher(empty ? afterGroup : alternative);
            if (!start.find()) {
                return "";
            }
            for (int g = 1; g <= 3; g++) {
                if (start.group(g) != null) {
                    openings.append(start.group(g));
                }
            }
        }
        return "(?=(?-i:[" + caseBlindVariants(openings.toString()) + "]))";
    }

    /** The alternatives of a group's body, split at each '|' that is neither escaped nor in a class. */
    private static List<String> alternatives(String body) {
        List<String> out = new ArrayList<>();
        int from = 0;
        boolean inClass = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[' || c == ']') {
                inClass = c == '[';
            } else if (c == '|' && !inClass) {
                out.add(body.substring(from, i));
                from = i + 1;
            }
        }
        out.add(body.substring(from));
        return out;
    }

    /** Every character that case-blind matching takes for one of {@code openings}, escaped for a class. */
    private static String caseBlindVariants(String openings) {
        StringBuilder out = new StringBuilder();
        for (char c : CaseVariants.of(openings)) {
            out.append(Character.isLetterOrDigit(c) ? "" : "\\").append(c);
        }
        return out.toString();
    }
}
