package org.sitrep.time;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** One walk over the words gives each family the windows and trigger words a walk of its own gives. */
class TriggerWindowsTest {
    private static final TriggerWindows MONTHS = new TriggerWindows(Set.of("may", "mar", "sept"), true, 6, 5);
    private static final TriggerWindows RELATIVE = new TriggerWindows(Set.of("the", "today", "été"), false, 2, 8);
    private static final TriggerWindows.Walk WALK = new TriggerWindows.Walk(List.of(MONTHS, RELATIVE));

    @Test
    void capitalisedTriggersOpenWindowsMergedWhereTheyMeet() {
        String text = "On May 3 and Mar 4 the rest; may is not one.";
        List<TriggerWindows.Found> found = WALK.windows(text);
        assertThat(found.get(0).starts()).containsExactly(3, 13);
        assertThat(found.get(0).windows()).extracting(w -> text.substring(w[0], w[1])).containsExactly("On May 3 and Mar 4 th");
        assertThat(found.get(1).starts()).containsExactly(19);
    }

    @Property(tries = 1000)
    void oneWalkGivesWhatAWalkPerFamilyGives(@ForAll @StringLength(max = 100)
            @Chars({'m', 'M', 'a', 'A', 'y', 'Y', 't', 'T', 'h', 'H', 'e', 'é', 'É', 'o', 'd', 'r', 's', 'p', ' ', '.',
                    '\n', '1', 'ſ'}) String text) {
        List<TriggerWindows.Found> found = WALK.windows(text);
        assertFamily(found.get(0), reference(text, Set.of("may", "mar", "sept"), true, 6, 5));
        assertFamily(found.get(1), reference(text, Set.of("the", "today", "été"), false, 2, 8));
    }

    private static void assertFamily(TriggerWindows.Found found, TriggerWindows.Found expected) {
        assertThat(found.starts()).containsExactly(expected.starts());
        assertThat(found.windows()).extracting(Arrays::toString)
                .containsExactlyElementsOf(expected.windows().stream().map(Arrays::toString).toList());
    }

    /** The walk as it was written for one family: each letter run lower-cased and looked up. */
    private static TriggerWindows.Found reference(String text, Set<String> triggers, boolean capitalisedOnly,
                                                  int before, int after) {
        List<int[]> windows = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (capitalisedOnly && !Character.isUpperCase(text.charAt(start))
                    || !triggers.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            starts.add(start);
            int from = Math.max(0, start - before);
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            TriggerWindows.append(windows, from, Math.min(text.length(), i + after));
        }
        return new TriggerWindows.Found(windows, starts.stream().mapToInt(Integer::intValue).toArray());
    }
}
