package org.sitrep.clean.text;

import java.util.regex.Pattern;

/**
 * One line of {@code boilerplate.tsv}.
 *
 * @param kind     how the pattern is applied
 * @param htmlSafe whether the rule also applies to articles extracted from HTML (scope {@code all})
 * @param reason   the label recorded with each piece the rule removes
 * @param pattern  the compiled pattern (case-insensitive unless it says otherwise)
 * @param notes    what the rule is for
 */
public record BoilerplateRule(RuleKind kind, boolean htmlSafe, String reason, Pattern pattern, String notes) {
}
