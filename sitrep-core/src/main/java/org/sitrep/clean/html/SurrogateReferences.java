package org.sitrep.clean.html;

/**
 * A numeric character reference to a surrogate ({@code &#xD800;}, {@code &#55296;}) names no character, and
 * HTML reads it as U+FFFD; jsoup gives the lone half of a pair instead, which no JSON reader accepts (and two
 * such references in a row would make up a character the page never named). They are rewritten as
 * {@code &#xFFFD;} before the page is parsed, in one pass.
 */
final class SurrogateReferences {

    private SurrogateReferences() {
    }

    static String replace(String html) {
        int at = html.indexOf("&#");
        if (at < 0) {
            return html;
        }
        int n = html.length();
        StringBuilder out = null;
        int copied = 0;
        for (; at >= 0; at = html.indexOf("&#", at + 2)) {
            int i = at + 2;
            boolean hex = i < n && (html.charAt(i) == 'x' || html.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            int digits = i;
            long value = 0;
            for (int d; i < n && value <= Character.MAX_CODE_POINT && (d = Character.digit(html.charAt(i), hex ? 16 : 10)) >= 0
                    && html.charAt(i) < 0x80; i++) {
                value = value * (hex ? 16 : 10) + d;
            }
            if (i == digits || value < Character.MIN_SURROGATE || value > Character.MAX_SURROGATE) {
                continue;
            }
            if (i < n && html.charAt(i) == ';') {
                i++;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(html, copied, at).append("&#xFFFD;");
            copied = i;
        }
        return out == null ? html : out.append(html, copied, n).toString();
    }
}
