package org.sitrep.clean.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What every match of a pattern must contain, read off the pattern's source: clauses of literals (case-folded by
 * {@link CaseFold}) such that any match contains a literal of every clause. A line lacking a clause cannot match,
 * so the pattern need not run on it; this is how each boilerplate rule gets its own gate without anyone keeping a
 * second copy of its wording.
 * <p>
 * The reading is conservative: zero-width assertions, classes, dots and optional parts require nothing, and a
 * construct it does not know (lookaround, back-references, quoting, nested classes, comments mode) makes the whole
 * answer "nothing required", never a wrong requirement.
 */
final class RequiredLiterals {
    /** Strings an exact set may hold; a longer product is cut into separate clauses. */
    static final int MAX_EXACT = 64;
    /** Clauses kept when alternatives are multiplied out; beyond, each alternative gives its best clause. */
    static final int MAX_CLAUSES = 16;
    /** A character class of up to this many single characters is an exact set. */
    static final int MAX_CLASS_CHARS = 8;

    private RequiredLiterals() {
    }

    /** The clauses every match of {@code regex} satisfies; empty when nothing is required. */
    static List<Set<String>> of(String regex) {
        try {
            Parser parser = new Parser(regex);
            Info info = parser.alternation();
            if (parser.pos != regex.length()) {
                return List.of();
            }
            return simplify(info.cnf());
        } catch (Unsupported | IndexOutOfBoundsException unknown) {
            return List.of();
        }
    }

    /**
     * What a piece of a pattern matches: {@code exact}, when known and small, is every string it can match;
     * {@code clauses} are the requirements known besides.
     */
    private record Info(Set<String> exact, List<Set<String>> clauses) {
        static final Info EMPTY = new Info(Set.of(""), List.of());
        static final Info ANY = new Info(null, List.of());

        static Info of(char c) {
            return new Info(Set.of(String.valueOf(CaseFold.fold(c))), List.of());
        }

        /** Every requirement, the exact set included. */
        List<Set<String>> cnf() {
            List<Set<String>> all = new ArrayList<>(clauses);
            addClause(all, exact);
            return all;
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** A set containing the empty string requires nothing and is no clause. */
    private static void addClause(List<Set<String>> clauses, Set<String> literals) {
        if (literals != null && !literals.contains("")) {
            clauses.add(literals);
        }
    }

    private static Info concat(List<Info> parts) {
        List<Set<String>> clauses = new ArrayList<>();
        Set<String> run = Set.of("");
        boolean exact = true;
        for (Info part : parts) {
            clauses.addAll(part.clauses());
            if (part.exact() == null) {
                addClause(clauses, run);
                run = Set.of("");
                exact = false;
            } else if ((long) run.size() * part.exact().size() > MAX_EXACT) {
                addClause(clauses, run);
                run = part.exact();
                exact = false;
            } else {
                Set<String> product = new LinkedHashSet<>();
                for (String a : run) {
                    for (String b : part.exact()) {
                        product.add(a + b);
                    }
                }
                run = product;
            }
        }
        if (exact) {
            return new Info(run, clauses);
        }
        addClause(clauses, run);
        return new Info(null, clauses);
    }

    private static Info or(List<Info> alternatives) {
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        if (alternatives.stream().allMatch(a -> a.exact() != null)) {
            Set<String> union = new LinkedHashSet<>();
            alternatives.forEach(a -> union.addAll(a.exact()));
            if (union.size() <= MAX_EXACT) {
                return new Info(union, List.of());
            }
            List<Set<String>> clauses = new ArrayList<>();
            addClause(clauses, union);
            return new Info(null, clauses);
        }
        // (a1 and a2) or (b1 and b2) = (a1 or b1) and (a1 or b2) and (a2 or b1) and (a2 or b2)
        List<Set<String>> result = null;
        for (Info alternative : alternatives) {
            List<Set<String>> cnf = alternative.cnf();
            if (cnf.isEmpty()) {
                return Info.ANY;
            }
            result = result == null ? cnf : distribute(result, cnf);
        }
        return new Info(null, result);
    }

    private static List<Set<String>> distribute(List<Set<String>> a, List<Set<String>> b) {
        if (a.size() * b.size() > MAX_CLAUSES) {
            return List.of(union(best(a), best(b)));
        }
        List<Set<String>> out = new ArrayList<>();
        for (Set<String> x : a) {
            for (Set<String> y : b) {
                out.add(union(x, y));
            }
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }

    /** The most selective clause: the one whose shortest literal is longest. */
    private static Set<String> best(List<Set<String>> clauses) {
        return clauses.stream().max(Comparator.comparingInt(RequiredLiterals::shortest)).orElseThrow();
    }

    private static int shortest(Set<String> clause) {
        return clause.stream().mapToInt(String::length).min().orElse(0);
    }

    /** {@code max} is -1 when unbounded. */
    private static Info repeat(Info body, int min, int max) {
        if (min == 0) {
            if (max == 1 && body.exact() != null) {
                Set<String> optional = new LinkedHashSet<>(body.exact());
                optional.add("");
                return new Info(optional, List.of());
            }
            return max == 0 ? Info.EMPTY : Info.ANY;
        }
        if (min == 1 && max == 1) {
            return body;
        }
        return new Info(null, body.cnf());
    }

    /**
     * Drops literals that contain another literal of their clause (the shorter is found wherever the longer is)
     * and repeated clauses; the clauses with the longest literals come first, as they fail most often.
     */
    private static List<Set<String>> simplify(List<Set<String>> clauses) {
        List<Set<String>> out = new ArrayList<>();
        for (Set<String> clause : clauses) {
            Set<String> minimal = new LinkedHashSet<>();
            for (String literal : clause) {
                boolean redundant = clause.stream()
                        .anyMatch(other -> other.length() < literal.length() && literal.contains(other));
                if (!redundant) {
                    minimal.add(literal);
                }
            }
            Set<String> frozen = Set.copyOf(minimal);
            if (!out.contains(frozen)) {
                out.add(frozen);
            }
        }
        out.sort(Comparator.comparingInt(RequiredLiterals::shortest).reversed());
        return List.copyOf(out);
    }

    /** A recursive-descent reader of the Java pattern syntax the rules use. */
    private static final class Parser {
        private final String re;
        private int pos;

        Parser(String re) {
            this.re = re;
        }

        private boolean at(char c) {
            return pos < re.length() && re.charAt(pos) == c;
        }

        Info alternation() {
            List<Info> alternatives = new ArrayList<>();
            alternatives.add(sequence());
            while (at('|')) {
                pos++;
                alternatives.add(sequence());
            }
            return or(alternatives);
        }

        private Info sequence() {
            List<Info> parts = new ArrayList<>();
            while (pos < re.length() && !at('|') && !at(')')) {
                parts.add(quantified(atom()));
            }
            return concat(parts);
        }

        private Info quantified(Info atom) {
            int min;
            int max;
            if (at('?')) {
                min = 0;
                max = 1;
            } else if (at('*')) {
                min = 0;
                max = -1;
            } else if (at('+')) {
                min = 1;
                max = -1;
            } else if (at('{')) {
                int close = re.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                String bounds = re.substring(pos + 1, close);
                int comma = bounds.indexOf(',');
                try {
                    min = Integer.parseInt(comma < 0 ? bounds : bounds.substring(0, comma));
                    max = comma < 0 ? min
                            : comma == bounds.length() - 1 ? -1 : Integer.parseInt(bounds.substring(comma + 1));
                } catch (NumberFormatException e) {
                    throw new Unsupported();
                }
                pos = close;
            } else {
                return atom;
            }
            pos++;
            if (at('?') || at('+')) {
                pos++; // lazy or possessive: the same strings
            }
            return repeat(atom, min, max);
        }

        private Info atom() {
            char c = re.charAt(pos++);
            return switch (c) {
                case '(' -> group();
                case '[' -> charClass();
                case '\\' -> escape();
                case '.' -> Info.ANY;
                case '^', '$' -> Info.EMPTY;
                case '?', '*', '+', '{' -> throw new Unsupported();
                default -> Info.of(c);
            };
        }

        private Info group() {
            if (at('?')) {
                pos++;
                char kind = re.charAt(pos);
                if (kind == ':' || kind == '>') {
                    pos++;
                } else if (kind == '<' && Character.isLetter(re.charAt(pos + 1))) {
                    int close = re.indexOf('>', pos);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    pos = close + 1;
                } else {
                    int start = pos;
                    while (Character.isLetter(re.charAt(pos)) || re.charAt(pos) == '-') {
                        pos++;
                    }
                    // comments mode changes what a space means; lookaround is not a group of its own text
                    if (pos == start || re.substring(start, pos).indexOf('x') >= 0) {
                        throw new Unsupported();
                    }
                    char end = re.charAt(pos++);
                    if (end == ')') {
                        return Info.EMPTY; // flags alone, as (?-i)
                    }
                    if (end != ':') {
                        throw new Unsupported();
                    }
                }
            }
            Info inner = alternation();
            if (!at(')')) {
                throw new Unsupported();
            }
            pos++;
            return inner;
        }

        private Info escape() {
            char c = re.charAt(pos++);
            switch (c) {
                case 'b', 'B', 'A', 'G', 'Z', 'z':
                    return Info.EMPTY;
                case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V', 'R', 'X':
                    return Info.ANY;
                case 'p', 'P':
                    skipProperty();
                    return Info.ANY;
                default:
                    return Info.of(escapedChar(c));
            }
        }

        /** The character a non-class escape stands for ({@code \t}, {@code \.}). */
        private static char escapedChar(char c) {
            return switch (c) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 'f' -> '\f';
                case 'a' -> '\u0007';
                case 'e' -> '\u001B';
                default -> {
                    if (Character.isLetterOrDigit(c)) {
                        throw new Unsupported(); // \\u, \\x, \\Q, back-references ...
                    }
                    yield c;
                }
            };
        }

        private void skipProperty() {
            if (at('{')) {
                int close = re.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                pos = close + 1;
            } else {
                pos++;
            }
        }

        private Info charClass() {
            boolean exact = true;
            if (at('^')) {
                exact = false;
                pos++;
            }
            if (at(']')) {
                throw new Unsupported();
            }
            Set<String> members = new LinkedHashSet<>();
            while (true) {
                char c = re.charAt(pos++);
                if (c == ']') {
                    break;
                }
                if (c == '[' || c == '&' && at('&')) {
                    throw new Unsupported(); // unions and intersections
                }
                char member = c;
                if (c == '\\') {
                    char e = re.charAt(pos++);
                    if ("dDsSwWhHvV".indexOf(e) >= 0) {
                        exact = false;
                        continue;
                    }
                    if (e == 'p' || e == 'P') {
                        skipProperty();
                        exact = false;
                        continue;
                    }
                    member = escapedChar(e);
                }
                if (at('-') && pos + 1 < re.length() && re.charAt(pos + 1) != ']') {
                    pos++;
                    char high = re.charAt(pos++);
                    if (high == '[') {
                        throw new Unsupported();
                    }
                    if (high == '\\') {
                        escapedChar(re.charAt(pos++));
                    }
                    exact = false;
                    continue;
                }
                members.add(String.valueOf(CaseFold.fold(member)));
            }
            return exact && members.size() <= MAX_CLASS_CHARS ? new Info(members, List.of()) : Info.ANY;
        }
    }
}
