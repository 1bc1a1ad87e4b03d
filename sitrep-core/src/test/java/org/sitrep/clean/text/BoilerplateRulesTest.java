package org.sitrep.clean.text;

import org.junit.jupiter.api.Test;
import org.sitrep.model.CleanBody;
import org.sitrep.model.InputFormat;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoilerplateRulesTest {

    @Test
    void defaultRulesLoadAndCoverEveryKind() {
        BoilerplateRules rules = BoilerplateRules.loadDefault();
        for (RuleKind kind : RuleKind.values()) {
            if (kind != RuleKind.GATE) {
                assertThat(rules.get(kind, InputFormat.TEXT)).as(kind.code()).isNotEmpty();
            }
        }
        assertThat(rules.get(RuleKind.BLOCK_START, InputFormat.HTML)).isEmpty();
        assertThat(rules.get(RuleKind.CAPTION, InputFormat.HTML)).isEmpty();
        assertThat(rules.get(RuleKind.LINE, InputFormat.HTML)).isNotEmpty()
                .hasSizeLessThan(rules.get(RuleKind.LINE, InputFormat.TEXT).size());
    }

    @Test
    void scopeDecidesWhetherARuleAppliesToHtml() {
        BoilerplateRules rules = BoilerplateRules.parse(List.of(
                "# comment",
                "line\ttext\tnavigation\tmenu\tnav word",
                "line\tall\tnewsletter\tsubscribe\tbutton"));
        BoilerplateCleaner cleaner = new BoilerplateCleaner(rules);
        String input = "Menu\n\nSubscribe\n\nThe bridge was closed.";
        assertThat(cleaner.clean(input, InputFormat.TEXT).text()).isEqualTo("The bridge was closed.");
        CleanBody html = cleaner.clean(input, InputFormat.HTML);
        assertThat(html.text()).isEqualTo("Menu\n\nThe bridge was closed.");
        assertThat(html.removed()).containsExactly(new CleanBody.Removal("Subscribe", "newsletter"));
    }

    @Test
    void gateKeepsRulesOffLinesWithoutItsLiterals() {
        BoilerplateRules gated = BoilerplateRules.parse(List.of(
                "short-line\tall\tnotice\tsponsor\t",
                "gate\tall\tshort-line\tpaid\t"));
        BoilerplateCleaner cleaner = new BoilerplateCleaner(gated);
        assertThat(cleaner.clean("A sponsor line.", InputFormat.TEXT).text()).isEqualTo("A sponsor line.");
        assertThat(cleaner.clean("A paid sponsor line.", InputFormat.TEXT).text()).isEmpty();
    }

    @Test
    void badLinesAreReportedWithTheirNumber() {
        assertThatThrownBy(() -> BoilerplateRules.parse(List.of("line\tall\tx")))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> BoilerplateRules.parse(List.of("", "line\tsome\tx\ty\t")))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> BoilerplateRules.parse(List.of("line\tall\tx\t(unclosed\t")))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> BoilerplateRules.parse(List.of("nonsense\tall\tx\ty\t")))
                .hasMessageContaining("nonsense");
        assertThatThrownBy(() -> BoilerplateRules.parse(List.of("#", "gate\tall\tappeal\tdon|délai\t")))
                .hasMessageContaining("line 2").hasMessageContaining("ASCII");
    }
}
