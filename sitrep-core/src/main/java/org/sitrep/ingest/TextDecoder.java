package org.sitrep.ingest;

import org.sitrep.model.DecodedText;
import org.sitrep.model.InputFormat;
import org.sitrep.util.Utf16;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to characters: a byte-order mark decides (UTF-8, UTF-16 BE/LE); otherwise valid UTF-8 is
 * UTF-8, the charset the page was served under (an archived page's HTTP header) or else an HTML page's declared
 * charset is honoured, mostly-UTF-8 text with a few bad bytes keeps its
 * UTF-8 with replacement characters, and anything else is read as Windows-1252. The result is NFC, with
 * {@code \n} line breaks, no control characters, no lone surrogates and no stacks of combining marks.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

    /**
     * Most combining marks kept on one character, as Unicode's stream-safe text format has it (UAX #15). Real
     * writing stacks two or three; a stack of thousands only makes every word-boundary test in the regular
     * expressions downstream walk back over it, which costs the square of its length.
     */
    static final int MAX_MARKS = 30;

    /** The decoded text, plus any warning about how it was decoded (or null). */
    public record Result(DecodedText decoded, String warning) {
    }

    public Result decode(byte[] bytes, String fileName) {
        return decode(bytes, fileName, null);
    }

    /**
     * @param servedAs the charset the bytes were served under (an HTTP {@code Content-Type}'s), or null: it goes
     *                 ahead of a {@code <meta charset>} when the bytes are not UTF-8, as in browsers (a server that
     *                 calls UTF-8 pages Latin-1 is common, so valid UTF-8 still decides first)
     */
    public Result decode(byte[] bytes, String fileName, String servedAs) {
        String charsetName;
        String text;
        String warning = null;
        int bom = 0;
        Charset charset;
        if (BinarySignatures.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (BinarySignatures.startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (BinarySignatures.startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else {
            charset = null;
        }
        if (charset != null) {
            text = new String(bytes, bom, bytes.length - bom, charset);
            charsetName = charset.name() + " (BOM)";
        } else {
            String strict = strictUtf8(bytes);
            if (strict != null) {
                text = strict;
                charsetName = "UTF-8";
            } else {
                Charset served = servedAs == null ? null : charsetNamed(servedAs);
                Charset declared = served != null ? served
                        : looksLikeHtml(bytes, fileName) ? declaredCharset(bytes) : null;
                if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                    text = new String(bytes, declared);
                    charsetName = declared.name() + (served != null ? " (served)" : " (declared)");
                } else if (mostlyUtf8(bytes)) {
                    text = new String(bytes, StandardCharsets.UTF_8);
                    charsetName = "UTF-8";
                    warning = "invalid UTF-8 at byte " + firstInvalidUtf8(bytes) + "; bad bytes replaced with U+FFFD";
                } else {
                    text = new String(bytes, WINDOWS_1252);
                    charsetName = "windows-1252";
                }
            }
        }
        text = normalise(text);
        InputFormat format = FormatSniffer.sniff(text, fileName);
        return new Result(new DecodedText(text, charsetName, format), warning);
    }

    /**
     * NFC, {@code \n} line breaks, no NUL or other control characters but tab and newline, no lone surrogate, and
     * no more than {@link #MAX_MARKS} combining marks on one character.
     */
    static String normalise(String text) {
        int n = text.length();
        boolean clean = true;
        boolean maybeDenormal = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7F && needsWork(c)) {
                clean = false;
                break;
            }
            if (c >= 0x300) {
                maybeDenormal = true;
            }
        }
        String cleaned = clean && Utf16.firstLone(text) < 0 ? text : rewrite(text);
        if (!clean) {
            maybeDenormal = cleaned.chars().anyMatch(c -> c >= 0x300);
        }
        if (!maybeDenormal) {
            return cleaned;
        }
        String capped = capMarks(cleaned); // first: putting a stack of mixed marks in order costs its square
        return Normalizer.isNormalized(capped, Normalizer.Form.NFC) ? capped
                : Normalizer.normalize(capped, Normalizer.Form.NFC);
    }

    private static boolean needsWork(char c) {
        return c < 0xA0 || c == '\u2028' || c == '\u2029' || c == '\uFEFF';
    }

    private static String capMarks(String text) {
        StringBuilder out = null;
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            run = isMark(cp) ? run + 1 : 0;
            if (run > MAX_MARKS) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(text, i, i + len);
            }
            i += len;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static String rewrite(String text) {
        int n = text.length();
        char[] out = new char[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out[k++] = '\n';
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\f' || c == '\u000B') {
                out[k++] = '\n';
            } else if ((c < 0x20 && c != '\n' && c != '\t') || c == '\uFEFF' || (c >= 0x7F && c < 0xA0)) {
                continue;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                out[k++] = c;
                out[k++] = text.charAt(++i);
            } else if (Character.isSurrogate(c)) {
                out[k++] = '\uFFFD'; // a lone half of a pair
            } else {
                out[k++] = c;
            }
        }
        return new String(out, 0, k);
    }

    private static String strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** True when valid multi-byte UTF-8 sequences outnumber the invalid bytes. */
    private static boolean mostlyUtf8(byte[] b) {
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xff;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                    : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return valid > invalid;
    }

    private static int firstInvalidUtf8(byte[] b) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static boolean looksLikeHtml(byte[] bytes, String fileName) {
        String ext = InputNames.reportExtension(fileName);
        if (ext.startsWith("htm") || ext.equals("xhtml")) {
            return true;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        return FormatSniffer.hasHtmlMarkers(head);
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charsetNamed(m.group(1)) : null;
    }

    /** The charset a page names, as browsers take it; null for a name Java does not know. */
    private static Charset charsetNamed(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (List.of("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii").contains(name)) {
            return WINDOWS_1252; // what browsers do, per the WHATWG encoding standard
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException unknown) {
            return null;
        }
    }
}
