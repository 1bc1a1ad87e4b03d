package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.model.InputFormat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithAndWithoutBom() {
        String text = "Kafr Nabl — “shelled” at dawn";
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode(plain, "a.txt").decoded().text()).isEqualTo(text);
        TextDecoder.Result bom = decoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain), "a.txt");
        assertThat(bom.decoded().text()).isEqualTo(text);
        assertThat(bom.decoded().charset()).contains("BOM");
    }

    @Test
    void utf16WithBomEitherOrder() {
        String text = "Goma, Congo — fighting resumed";
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        assertThat(decoder.decode(le, "a.txt").decoded().text()).isEqualTo(text);
        assertThat(decoder.decode(be, "a.txt").decoded().text()).isEqualTo(text);
    }

    @Test
    void windows1252WhenNotUtf8() {
        byte[] bytes = "The \u201Cceasefire\u201D held \u2013 caf\u00e9".getBytes(Charset.forName("windows-1252"));
        TextDecoder.Result result = decoder.decode(bytes, "a.txt");
        assertThat(result.decoded().text()).isEqualTo("The \u201Cceasefire\u201D held \u2013 caf\u00e9");
        assertThat(result.decoded().charset()).isEqualTo("windows-1252");
    }

    @Test
    void theCharsetAPageWasServedUnderGoesAheadOfItsMetaCharsetButNotAheadOfValidUtf8() {
        Charset central = Charset.forName("windows-1250");
        String text = "Shelling reported near \u0141\u00f3d\u017a at dawn";
        byte[] page = ("<html><head><meta charset=\"windows-1252\"></head><body><p>" + text + "</p></body></html>")
                .getBytes(central);
        assertThat(decoder.decode(page, "a.html", "windows-1250").decoded().text()).contains(text);
        assertThat(decoder.decode(page, "a.html", "windows-1250").decoded().charset()).isEqualTo("windows-1250 (served)");
        assertThat(decoder.decode(page, "a.html", null).decoded().text()).doesNotContain(text); // the meta's 1252
        assertThat(decoder.decode(page, "a.html", "no-such-charset").decoded().charset()).contains("(declared)");
        byte[] utf8 = ("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode(utf8, "a.html", "ISO-8859-1").decoded().text()).contains(text);
    }

    @Test
    void mostlyUtf8WithABadByteKeepsItsUtf8AndWarns() {
        byte[] good = "Dnipro — Kharkiv — Zaporizhzhia — Sumy ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(good, new byte[] {(byte) 0xC3, 'x', 'y'});
        TextDecoder.Result result = decoder.decode(bytes, "a.txt");
        assertThat(result.decoded().text()).startsWith("Dnipro — Kharkiv").contains("\uFFFD");
        assertThat(result.warning()).contains("invalid UTF-8 at byte " + good.length);
    }

    @Test
    void honoursDeclaredHtmlCharset() {
        String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>Київ</p></body></html>";
        TextDecoder.Result result = decoder.decode(html.getBytes(Charset.forName("windows-1251")), "p.html");
        assertThat(result.decoded().text()).contains("Київ");
        assertThat(result.decoded().format()).isEqualTo(InputFormat.HTML);
    }

    @Test
    void normalisesToNfcAndNewlines() {
        String decomposed = "Sake\u0301\r\nline two\rline three\u2028four\u0000";
        String text = decoder.decode(decomposed.getBytes(StandardCharsets.UTF_8), "a.txt").decoded().text();
        assertThat(text).isEqualTo("Sak\u00e9\nline two\nline three\nfour");
    }

    @Test
    void recognisesHtmlByContentAndMarkdownByName() {
        byte[] html = "\n  <!DOCTYPE html><html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode(html, "saved.txt").decoded().format()).isEqualTo(InputFormat.HTML);
        assertThat(decoder.decode("# Title\n\nBody".getBytes(StandardCharsets.UTF_8), "r.md").decoded().format())
                .isEqualTo(InputFormat.MARKDOWN);
        assertThat(decoder.decode("Plain words < and > signs".getBytes(StandardCharsets.UTF_8), "r.html.txt")
                .decoded().format()).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void aStackOfCombiningMarksIsCutToThirty() {
        StringBuilder zalgo = new StringBuilder("Kano a");
        for (int i = 0; i < 500_000; i++) {
            zalgo.append((char) (0x300 + i % 0x70)); // above and below, out of canonical order
        }
        String text = decoder.decode(zalgo.append(" end").toString().getBytes(StandardCharsets.UTF_8), "a.txt")
                .decoded().text();
        assertThat(text).startsWith("Kano ").endsWith(" end");
        assertThat(text.length()).isLessThanOrEqualTo("Kano a end".length() + TextDecoder.MAX_MARKS);
        assertThat(decoder.decode("Vie\u0323\u0302t Nam".getBytes(StandardCharsets.UTF_8), "a.txt").decoded().text())
                .isEqualTo("Vi\u1ec7t Nam"); // real stacks are kept, and composed
    }

    @Test
    void noLoneSurrogateReachesTheText() {
        assertThat(TextDecoder.normalise("a\uD800b\uDC00c\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00");
        assertThat(TextDecoder.normalise("tab\t\uDBFF")).isEqualTo("tab\t\uFFFD");
    }
}
