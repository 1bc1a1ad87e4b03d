package org.sitrep.clean.text;

import org.sitrep.model.Caption;
import org.sitrep.model.InputFormat;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Decides about each line on its own: whole-line forms and chrome, notices, in-body links, captions, appeals,
 * and the marks later steps read (sidebar headings, list items, embed links and signatures).
 * Patterns run on a line only under a length bound, so a huge line costs one pass.
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

    private final BoilerplateRules rules;

    LineClassifier(BoilerplateRules rules) {
        this.rules = rules;
    }

    /** Per-call matchers, one per rule, reset to each line's region. */
    private static final class Kind {
        final List<BoilerplateRule> rules;
        final Matcher[] matchers;
        final LiteralGate gate;
        final String text;

        Kind(List<BoilerplateRule> rules, LiteralGate gate, String text) {
            this.rules = rules;
            this.gate = gate;
            this.text = text;
            this.matchers = new Matcher[rules.size()];
            for (int i = 0; i < matchers.length; i++) {
                matchers[i] = rules.get(i).pattern().matcher(text);
            }
        }

        /** Whether the line may match at all (it holds one of the gate literals, or the kind has no gate). */
        boolean open(int from, int to) {
            return matchers.length > 0 && (gate == null || gate.passes(text, from, to));
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

        private int first(int from, int to, java.util.function.Predicate<Matcher> test) {
            if (!open(from, to)) {
                return -1;
            }
            for (int r = 0; r < matchers.length; r++) {
                if (test.test(matchers[r].region(from, to))) {
                    return r;
                }
            }
            return -1;
        }
    }

    private Kind kind(RuleKind kind, InputFormat format, String text) {
        return new Kind(rules.get(kind, format), rules.gate(kind, format), text);
    }

    void classify(LineSheet sheet, InputFormat format) {
        String text = sheet.text;
        Kind line = kind(RuleKind.LINE, format, text);
        Kind shortLine = kind(RuleKind.SHORT_LINE, format, text);
        Kind appeal = kind(RuleKind.APPEAL, format, text);
        Kind appealEnd = kind(RuleKind.APPEAL_END, format, text);
        Kind blockStart = kind(RuleKind.BLOCK_START, format, text);
        Kind listItem = kind(RuleKind.LIST_ITEM, format, text);
        Kind inlinePrefix = kind(RuleKind.INLINE_PREFIX, format, text);
        Kind caption = kind(RuleKind.CAPTION, format, text);
        Kind embedLink = kind(RuleKind.EMBED_LINK, format, text);
        Kind signature = kind(RuleKind.EMBED_SIGNATURE, format, text);

        for (int i = 0; i < sheet.size; i++) {
            if (sheet.blank(i)) {
                continue;
            }
            int s = sheet.start[i];
            int e = sheet.end[i];
            int len = e - s;
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
            if (len <= APPEAL_BOUND) {
                classifyAppeal(sheet, i, appeal, appealEnd);
            }
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
        if (!appeal.open(s, e)) {
            return;
        }
        int signals = 0;
        String why = null;
        for (int r = 0; r < appeal.matchers.length && signals < 2; r++) {
            if (appeal.matchers[r].region(s, e).find()) {
                signals++;
                why = appeal.rules.get(r).reason();
            }
        }
        if (signals == 0 || (signals == 1 && sheet.words(i, SHORT_APPEAL_WORDS) > SHORT_APPEAL_WORDS)) {
            return;
        }
        int closeEnd = -1;
        for (Matcher m : appealEnd.matchers) {
            m.region(s, e);
            while (m.find()) {
                closeEnd = Math.max(closeEnd, m.end());
            }
        }
        if (closeEnd > 0) {
            int from = closeEnd;
            while (from < e && LineSheet.isSpace(sheet.text.charAt(from))) {
                from++;
            }
            int saveStart = sheet.start[i];
            sheet.start[i] = from;
            int rest = from < e ? sheet.words(i, RUN_ON_WORDS) : 0;
            sheet.start[i] = saveStart;
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
        if (!signature.open(s, e)) {
            return false;
        }
        for (Matcher m : signature.matchers) {
            m.region(s, e);
            while (m.find()) {
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
