package org.sitrep.clean.text;

import org.sitrep.model.Caption;
import org.sitrep.model.InputFormat;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * Decides about each line on its own: whole-line forms and chrome, notices, in-body links, captions, appeals,
 * and the marks later steps read (sidebar headings, list items, embed links and signatures).
 * Patterns run on a line only under a length bound, so a huge line costs one pass, and only when the line holds the
 * literals the rule needs (its kind's {@code gate} line and those {@link RequiredLiterals} reads off its pattern):
 * one literal scan of each line spares the few dozen patterns that cannot match it, most of them on most lines.
 */
final class LineClassifier {
    /** Longest line the whole-line patterns look at. */
    static final int LINE_BOUND = 500;
    /** Longest line the appeal signals look at (run-together appeal boxes are long). */
    static final int APPEAL_BOUND = 8000;
    /** Longest line searched for an embed link. */
    static final int LINK_BOUND = 4000;
    static final int SHORT_LINE_WORDS = 40;
    /** Sidebar headings and list entries have at most this many words. */
    static final int LIST_WORDS = 30;
    static final int INLINE_PREFIX_WORDS = 30;
    static final int SHORT_APPEAL_WORDS = 12;
    /** Article text run on after an appeal box is kept when it has at least this many words. */
    static final int RUN_ON_WORDS = 20;

    private final GateLiterals literals;
    private final Map<RuleKind, RuleGroup> forText = new EnumMap<>(RuleKind.class);
    private final Map<RuleKind, RuleGroup> forHtml = new EnumMap<>(RuleKind.class);

    LineClassifier(BoilerplateRules rules) {
        GateLiterals.Builder builder = new GateLiterals.Builder();
        for (RuleKind kind : RuleKind.values()) {
            forText.put(kind, new RuleGroup(rules, kind, InputFormat.TEXT, builder));
            forHtml.put(kind, new RuleGroup(rules, kind, InputFormat.HTML, builder));
        }
        this.literals = builder.build();
    }

    /** The rules of one kind for one format, with the kind's gate and each rule's own. Immutable. */
    private static final class RuleGroup {
        final List<BoilerplateRule> rules;
        final LiteralClauses gate;
        final LiteralClauses[] ruleGates;

        RuleGroup(BoilerplateRules all, RuleKind kind, InputFormat format, GateLiterals.Builder literals) {
            this.rules = all.get(kind, format);
            this.gate = LiteralClauses.gate(all.gate(kind, format), literals);
            this.ruleGates = rules.stream().map(r -> LiteralClauses.required(r.pattern().pattern(), literals))
                    .toArray(LiteralClauses[]::new);
        }
    }

    /**
     * One cleaning's view of a rule group: matchers made on first use (most rules never pass their gate in a
     * text). Every region starts at the start of the line last scanned by {@code seen}.
     */
    private static final class Kind {
        final RuleGroup group;
        final List<BoilerplateRule> rules;
        final LineLiterals seen;
        final String text;
        final Matcher[] matchers;

        Kind(RuleGroup group, LineLiterals seen, String text) {
            this.group = group;
            this.rules = group.rules;
            this.seen = seen;
            this.text = text;
            this.matchers = new Matcher[rules.size()];
        }

        /** Whether the line may match at all (it holds one of the kind's gate literals, or the kind has no gate). */
        boolean open(int to) {
            return !rules.isEmpty() && group.gate.open(seen, to);
        }

        /** Rule {@code r}'s matcher set to the region, or null when the line lacks a literal the rule needs. */
        Matcher matcher(int r, int from, int to) {
            if (!group.ruleGates[r].open(seen, to)) {
                return null;
            }
            if (matchers[r] == null) {
                matchers[r] = rules.get(r).pattern().matcher(text);
            }
            return matchers[r].region(from, to);
        }

        /** Index of the first rule whose pattern matches the whole region, or -1. */
        int matches(int from, int to) {
            return first(from, to, Matcher::matches);
        }

        /** Index of the first rule whose pattern occurs in the region, or -1. */
        int find(int from, int to) {
            return first(from, to, Matcher::find);
        }

        /** Index of the first rule whose pattern matches at the start of the region, or -1. */
        int lookingAt(int from, int to) {
            return first(from, to, Matcher::lookingAt);
        }

        private int first(int from, int to, Predicate<Matcher> test) {
            if (!open(to)) {
                return -1;
            }
            for (int r = 0; r < matchers.length; r++) {
                Matcher m = matcher(r, from, to);
                if (m != null && test.test(m)) {
                    return r;
                }
            }
            return -1;
        }
    }

    private Kind kind(RuleKind kind, InputFormat format, LineLiterals seen, String text) {
        return new Kind((format == InputFormat.HTML ? forHtml : forText).get(kind), seen, text);
    }

    void classify(LineSheet sheet, InputFormat format) {
        String text = sheet.text;
        LineLiterals seen = new LineLiterals(literals, text);
        Kind line = kind(RuleKind.LINE, format, seen, text);
        Kind shortLine = kind(RuleKind.SHORT_LINE, format, seen, text);
        Kind appeal = kind(RuleKind.APPEAL, format, seen, text);
        Kind appealEnd = kind(RuleKind.APPEAL_END, format, seen, text);
        Kind blockStart = kind(RuleKind.BLOCK_START, format, seen, text);
        Kind listItem = kind(RuleKind.LIST_ITEM, format, seen, text);
        Kind inlinePrefix = kind(RuleKind.INLINE_PREFIX, format, seen, text);
        Kind caption = kind(RuleKind.CAPTION, format, seen, text);
        Kind embedLink = kind(RuleKind.EMBED_LINK, format, seen, text);
        Kind signature = kind(RuleKind.EMBED_SIGNATURE, format, seen, text);

        for (int i = 0; i < sheet.size; i++) {
            if (sheet.blank(i)) {
                continue;
            }
            int s = sheet.start[i];
            int e = sheet.end[i];
            int len = e - s;
            if (len > APPEAL_BOUND) {
                continue;
            }
            seen.scan(i, s, e);
            if (len <= LINE_BOUND && markSignature(sheet, i, signature)) {
                continue;
            }
            if (len <= LINK_BOUND) {
                int r = embedLink.find(s, e);
                if (r >= 0) {
                    sheet.link[i] = embedLink.matchers[r].group();
                    continue;
                }
            }
            if (len <= LINE_BOUND) {
                int headingEnd = e;
                while (headingEnd > s && (text.charAt(headingEnd - 1) == ':' || text.charAt(headingEnd - 1) == '.')) {
                    headingEnd--;
                }
                boolean fewWords = sheet.words(i, LIST_WORDS) <= LIST_WORDS;
                sheet.blockStart[i] = fewWords && headingEnd > s && blockStart.matches(s, headingEnd) >= 0;
                sheet.listItem[i] = fewWords && listItem.matches(s, e) >= 0;
                if (classifyShort(sheet, i, line, inlinePrefix, caption, shortLine)) {
                    continue;
                }
            }
            classifyAppeal(sheet, i, appeal, appealEnd);
        }
    }

    private boolean classifyShort(LineSheet sheet, int i, Kind line, Kind inlinePrefix, Kind caption,
                                  Kind shortLine) {
        int s = sheet.start[i];
        int e = sheet.end[i];
        int r = line.matches(s, e);
        if (r >= 0) {
            sheet.drop(i, line.rules.get(r).reason());
            return true;
        }
        r = inlinePrefix.lookingAt(s, e);
        if (r >= 0 && sheet.words(i, INLINE_PREFIX_WORDS) <= INLINE_PREFIX_WORDS) {
            sheet.drop(i, inlinePrefix.rules.get(r).reason());
            return true;
        }
        r = caption.matches(s, e);
        if (r >= 0) {
            Matcher m = caption.matchers[r];
            String credit = group(m, "credit");
            String captionText = group(m, "text");
            if (captionText == null || captionText.isEmpty()) {
                captionText = sheet.content(i);
            }
            sheet.caption[i] = new Caption(captionText, credit);
            sheet.drop(i, caption.rules.get(r).reason());
            return true;
        }
        r = sheet.words(i, SHORT_LINE_WORDS) <= SHORT_LINE_WORDS ? shortLine.find(s, e) : -1;
        if (r >= 0) {
            sheet.drop(i, shortLine.rules.get(r).reason());
            return true;
        }
        return false;
    }

    /** A line with two distinct appeal signals (one if short) is an appeal; text run on after its close is kept. */
    private void classifyAppeal(LineSheet sheet, int i, Kind appeal, Kind appealEnd) {
        int s = sheet.start[i];
        int e = sheet.end[i];
        if (!appeal.open(e)) {
            return;
        }
        int signals = 0;
        String why = null;
        for (int r = 0; r < appeal.matchers.length && signals < 2; r++) {
            Matcher m = appeal.matcher(r, s, e);
            if (m != null && m.find()) {
                signals++;
                why = appeal.rules.get(r).reason();
            }
        }
        if (signals == 0 || (signals == 1 && sheet.words(i, SHORT_APPEAL_WORDS) > SHORT_APPEAL_WORDS)) {
            return;
        }
        int closeEnd = -1;
        for (int r = 0; r < appealEnd.matchers.length; r++) {
            Matcher m = appealEnd.matcher(r, s, e);
            while (m != null && m.find()) {
                closeEnd = Math.max(closeEnd, m.end());
            }
        }
        if (closeEnd > 0) {
            int from = closeEnd;
            while (from < e && LineSheet.isSpace(sheet.text.charAt(from))) {
                from++;
            }
            int rest = LineSheet.words(sheet.text, from, e, RUN_ON_WORDS);
            if (rest >= RUN_ON_WORDS) {
                sheet.keptStart[i] = from;
                return;
            }
        }
        sheet.drop(i, why);
    }

    private static boolean markSignature(LineSheet sheet, int i, Kind signature) {
        int s = sheet.start[i];
        int e = sheet.end[i];
        if (!signature.open(e)) {
            return false;
        }
        for (int r = 0; r < signature.matchers.length; r++) {
            Matcher m = signature.matcher(r, s, e);
            while (m != null && m.find()) {
                if (m.end() == e) {
                    LocalDate date = parseDate(group(m, "date"));
                    String author = group(m, "author");
                    String handle = group(m, "handle");
                    if (author == null || author.isBlank() || handle == null) {
                        break;
                    }
                    sheet.signature[i] = new LineSheet.Signature(author, handle, date, m.start());
                    return true;
                }
            }
        }
        return false;
    }

    private static String group(Matcher m, String name) {
        try {
            String g = m.group(name);
            return g == null ? null : g.strip();
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    /** "November 27, 2024", "Sept. 7 2025" -> a date, or null. */
    static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.replace(",", " ").replace(".", " ").trim().split("\\s+");
        if (parts.length < 3 || parts[0].length() < 3) {
            return null;
        }
        String prefix = parts[0].substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                try {
                    return LocalDate.of(Integer.parseInt(parts[parts.length - 1]), month,
                            Integer.parseInt(parts[1]));
                } catch (RuntimeException invalid) {
                    return null;
                }
            }
        }
        return null;
    }
}
