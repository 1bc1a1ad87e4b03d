package org.sitrep.clean.text;

import org.sitrep.model.InputFormat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The boilerplate rules of the data file, grouped by kind and by the formats they apply to. Immutable. */
public final class BoilerplateRules {
    /** Classpath location of the default rules. */
    public static final String RESOURCE = "/sitrep/data/boilerplate.tsv";

    private final Map<RuleKind, List<BoilerplateRule>> forText;
    private final Map<RuleKind, List<BoilerplateRule>> forHtml;
    private final Map<RuleKind, List<String>> gatesText;
    private final Map<RuleKind, List<String>> gatesHtml;

    private BoilerplateRules(List<BoilerplateRule> rules, Map<RuleKind, List<String>> gateText,
                             Map<RuleKind, List<String>> gateHtml) {
        this.gatesText = freeze(gateText);
        this.gatesHtml = freeze(gateHtml);
        Map<RuleKind, List<BoilerplateRule>> text = new EnumMap<>(RuleKind.class);
        Map<RuleKind, List<BoilerplateRule>> html = new EnumMap<>(RuleKind.class);
        for (RuleKind kind : RuleKind.values()) {
            List<BoilerplateRule> all = new ArrayList<>();
            List<BoilerplateRule> safe = new ArrayList<>();
            for (BoilerplateRule rule : rules) {
                if (rule.kind() == kind) {
                    all.add(rule);
                    if (rule.htmlSafe()) {
                        safe.add(rule);
                    }
                }
            }
            text.put(kind, List.copyOf(all));
            html.put(kind, List.copyOf(safe));
        }
        this.forText = text;
        this.forHtml = html;
    }

    /** Reads the rules shipped with Sitrep from the classpath. */
    public static BoilerplateRules loadDefault() {
        try (InputStream in = BoilerplateRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads rules in the {@code boilerplate.tsv} format: kind, scope, reason, pattern, notes. */
    public static BoilerplateRules read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
        }
        return parse(lines);
    }

    /** Parses the lines of a rules file; comment lines start with {@code #}. */
    public static BoilerplateRules parse(List<String> lines) {
        List<BoilerplateRule> rules = new ArrayList<>();
        Map<RuleKind, List<String>> gateText = new EnumMap<>(RuleKind.class);
        Map<RuleKind, List<String>> gateHtml = new EnumMap<>(RuleKind.class);
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 4) {
                throw new IllegalArgumentException("boilerplate rules line " + number + ": expected kind, scope, "
                        + "reason, pattern, notes separated by tabs");
            }
            RuleKind kind = RuleKind.fromCode(cols[0]);
            String scope = cols[1].strip();
            if (!scope.equals("all") && !scope.equals("text")) {
                throw new IllegalArgumentException("boilerplate rules line " + number + ": scope must be all or text");
            }
            if (kind == RuleKind.GATE) {
                RuleKind gated = RuleKind.fromCode(cols[2]);
                List<String> literals = List.of(cols[3].split("\\|"));
                for (String literal : literals) {
                    if (!literal.chars().allMatch(c -> c < 128)) {
                        throw new IllegalArgumentException("boilerplate rules line " + number
                                + ": gate literals must be ASCII: " + literal);
                    }
                }
                gateText.computeIfAbsent(gated, k -> new ArrayList<>()).addAll(literals);
                if (scope.equals("all")) {
                    gateHtml.computeIfAbsent(gated, k -> new ArrayList<>()).addAll(literals);
                }
                continue;
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(cols[3], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("boilerplate rules line " + number + ": " + e.getMessage(), e);
            }
            String notes = cols.length > 4 ? cols[4].strip() : "";
            rules.add(new BoilerplateRule(kind, scope.equals("all"), cols[2].strip(), pattern, notes));
        }
        return new BoilerplateRules(rules, gateText, gateHtml);
    }

    private static Map<RuleKind, List<String>> freeze(Map<RuleKind, List<String>> literals) {
        Map<RuleKind, List<String>> gates = new EnumMap<>(RuleKind.class);
        literals.forEach((kind, list) -> gates.put(kind, List.copyOf(list)));
        return gates;
    }

    /**
     * The literals of the gate for rules of a kind (a line must hold one, ignoring ASCII case), or null when every
     * line is tried.
     */
    List<String> gate(RuleKind kind, InputFormat format) {
        return (format == InputFormat.HTML ? gatesHtml : gatesText).get(kind);
    }

    /** The rules of one kind that apply to reports in the given format. */
    public List<BoilerplateRule> get(RuleKind kind, InputFormat format) {
        return (format == InputFormat.HTML ? forHtml : forText).get(kind);
    }

    /** Number of rules of every kind (text scope). */
    public int size() {
        return forText.values().stream().mapToInt(List::size).sum();
    }
}
