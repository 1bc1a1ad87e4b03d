package org.sitrep.clean.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Gates read a line once: data-file gates ignore ASCII case only, pattern gates fold case as the patterns do. */
class LiteralClausesTest {

    private static boolean passes(LiteralClauses gate, GateLiterals literals, String line, int to) {
        LineLiterals seen = new LineLiterals(literals, line);
        seen.scan(0, 0, line.length());
        return gate.open(seen, to);
    }

    @Test
    void dataFileGateFindsLiteralsAnywhereIgnoringAsciiCaseInAsciiTextOnly() {
        GateLiterals.Builder builder = new GateLiterals.Builder();
        LiteralClauses gate = LiteralClauses.gate(List.of("count on you", "pay", "ayment"), builder);
        GateLiterals literals = builder.build();
        assertThat(passes(gate, literals, "Can we COUNT ON YOU?", 20)).isTrue();
        assertThat(passes(gate, literals, "a Paym", 6)).isTrue();
        assertThat(passes(gate, literals, "xpaymentx", 9)).isTrue();
        assertThat(passes(gate, literals, "xaymenx", 7)).isFalse();
        assertThat(passes(gate, literals, "count on yo", 11)).isFalse();
        assertThat(passes(gate, literals, "délai", 5)).isFalse();
        assertThat(passes(gate, literals, "ſpay", 4)).isTrue();
        assertThat(passes(gate, literals, "paſ count on ſou", 16)).isFalse(); // the long s is no ASCII s
    }

    @Test
    void aGateLooksOnlyUpToTheRegionEnd() {
        GateLiterals.Builder builder = new GateLiterals.Builder();
        LiteralClauses gate = LiteralClauses.gate(List.of("latest"), builder);
        GateLiterals literals = builder.build();
        assertThat(passes(gate, literals, "Latest:", 6)).isTrue();
        assertThat(passes(gate, literals, "Latest:", 5)).isFalse();
    }

    @Test
    void noGateLetsEveryLineThrough() {
        GateLiterals literals = new GateLiterals.Builder().build();
        assertThat(passes(LiteralClauses.gate(null, new GateLiterals.Builder()), literals, "anything", 8)).isTrue();
        assertThat(passes(LiteralClauses.required(".*", new GateLiterals.Builder()), literals, "", 0)).isTrue();
    }

    @Test
    void patternGateNeedsALiteralOfEveryClauseFoldedAsThePatternFoldsCase() {
        GateLiterals.Builder builder = new GateLiterals.Builder();
        LiteralClauses gate = LiteralClauses.required("\\bsupport (us|now)\\b.{0,9}\\(photo\\)", builder);
        GateLiterals literals = builder.build();
        assertThat(passes(gate, literals, "Please SUPPORT US today (Photo)", 31)).isTrue();
        assertThat(passes(gate, literals, "Please ſupport us today (photo)", 31)).isTrue();
        assertThat(passes(gate, literals, "Please support us today", 23)).isFalse();
        assertThat(passes(gate, literals, "Please support them (photo)", 27)).isFalse();
    }

    @Test
    void eachLineIsJudgedOnItsOwnLiterals() {
        GateLiterals.Builder builder = new GateLiterals.Builder();
        LiteralClauses gate = LiteralClauses.gate(List.of("donate"), builder);
        GateLiterals literals = builder.build();
        String text = "Donate now\nThe bridge was closed.";
        LineLiterals seen = new LineLiterals(literals, text);
        seen.scan(0, 0, 10);
        assertThat(gate.open(seen, 10)).isTrue();
        seen.scan(1, 11, text.length());
        assertThat(gate.open(seen, text.length())).isFalse();
    }
}
