package org.sitrep.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** What the fuzz tests share: bounded inputs and the checks every text a stage gives must pass. */
final class FuzzChecks {
    private FuzzChecks() {
    }

    /**
     * The first {@code max} bytes: each target reads inputs up to a size that keeps one run fast, so the fuzzer
     * spends its time on shapes of input, not on the known slowness of very long ones (docs/fuzzing.md).
     */
    static byte[] cap(byte[] bytes, int max) {
        return bytes.length <= max ? bytes : Arrays.copyOf(bytes, max);
    }

    /** The bytes as UTF-8 text (bad bytes become U+FFFD, so never a lone surrogate). */
    static String utf8(byte[] bytes, int max) {
        return new String(cap(bytes, max), StandardCharsets.UTF_8);
    }

    /** Fails on a high surrogate without its low half or a low one without its high half. */
    static void noLoneSurrogates(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                fail("%s: lone high surrogate U+%04X at %d", what, (int) c, i);
            } else if (Character.isLowSurrogate(c)) {
                fail("%s: lone low surrogate U+%04X at %d", what, (int) c, i);
            }
        }
    }

    /** A span {@code [start, end)} of a text of {@code length} chars. */
    static void span(int start, int end, int length, String what) {
        assertThat(start).as("%s start", what).isBetween(0, length);
        assertThat(end).as("%s end", what).isBetween(start, length);
    }
}
