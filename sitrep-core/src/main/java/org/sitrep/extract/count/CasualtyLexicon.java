package org.sitrep.extract.count;

import org.sitrep.extract.CuePhrases;
import org.sitrep.extract.CueTable;
import org.sitrep.model.FigureKind;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The casualty, displacement, detention and capture words of {@code casualty-words.tsv}, loaded once. */
public final class CasualtyLexicon {
    public static final String DEFAULT_RESOURCE = "/sitrep/data/casualty-words.tsv";

    final CuePhrases<String> before;
    final CuePhrases<String> after;
    final CuePhrases<String> gap;
    final CuePhrases<String> link;
    final CuePhrases<String> subset;
    final CuePhrases<String> subsetAfter;
    final CuePhrases<String> singular;
    final CuePhrases<String> add;
    final CuePhrases<String> more;
    final CuePhrases<String> implied;
    final CuePhrases<String> placeGroups;
    final CuePhrases<String> victimGroups;
    final CuePhrases<String> fighterGroups;
    final CuePhrases<String> otherGroups;
    final Set<String> placeOnly;
    final CuePhrases<String> takenAs;
    final CuePhrases<String> gapping;
    final CuePhrases<String> describing;
    final CuePhrases<String> notCount;
    private final Set<String> unnamedGroups;
    private final Map<String, String> carriedBy;

    private CasualtyLexicon(CueTable table) {
        before = table.phrases("before");
        after = table.phrases("after");
        gap = table.phrases("gap");
        link = table.phrases("link");
        subset = table.phrases("subset");
        subsetAfter = table.phrases("subset-after");
        singular = table.phrases("singular");
        add = table.phrases("add");
        more = table.phrases("more");
        implied = table.phrases("implied");
        placeGroups = table.phrases("place-groups");
        victimGroups = table.phrases("victim-groups");
        fighterGroups = table.phrases("fighter-groups");
        otherGroups = table.phrases("other-groups");
        placeOnly = Set.copyOf(table.kind("place-only").keySet());
        takenAs = table.phrases("taken-as");
        gapping = table.phrases("gapping");
        describing = table.phrases("describing");
        notCount = table.phrases("not-count");
        unnamedGroups = Set.copyOf(table.kind("unnamed-groups").keySet());
        carriedBy = Map.copyOf(table.kind("carried-by"));
    }

    /** Group words that name nobody in particular ("people", "dead"), lower case. */
    public Set<String> unnamedGroups() {
        return unnamedGroups;
    }

    /**
     * The words that tell what a count counts, before or after it ("killed", "were wounded", "refugees"), each with
     * the figure kind it gives ("killed", "injured", "displaced", "detained", "missing", "captured", "other").
     */
    public Map<String, String> countPhrases() {
        Map<String, String> out = new LinkedHashMap<>(before.phrases());
        after.phrases().forEach(out::putIfAbsent);
        implied.phrases().forEach(out::putIfAbsent);
        return out;
    }

    public static CasualtyLexicon loadDefault() {
        return new CasualtyLexicon(CueTable.load(DEFAULT_RESOURCE));
    }

    /** Groups that are combatants ("soldiers", "fighters"), for the extractors that tell clashes from attacks. */
    public CuePhrases<String> fighterGroups() {
        return fighterGroups;
    }

    /** True when an event of this ACLED sub-event type is the incident a count of this kind numbers. */
    public boolean carries(String subEventType, FigureKind kind) {
        String k = subEventType == null ? null : carriedBy.get(subEventType);
        return k != null && FigureKind.of(k) == kind;
    }

    /** The kinds by their spelling in the word lists: a cue's kind is looked up, not upper-cased and parsed each time. */
    private static final Map<String, FigureKind> KINDS = Arrays.stream(FigureKind.values())
            .collect(Collectors.toUnmodifiableMap(FigureKind::json, k -> k));

    static FigureKind kind(String value) {
        FigureKind kind = KINDS.get(value);
        return kind != null ? kind : FigureKind.of(value); // another spelling ("Killed ") is parsed
    }
}
