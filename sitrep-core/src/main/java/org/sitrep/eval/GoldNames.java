package org.sitrep.eval;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Name matching as the scorer does it ({@code Names} in {@code score.py}): folded names, the alias groups of the
 * gold {@code actors.json}, and whole-word containment of a gold form in an engine name.
 */
public final class GoldNames {
    private final Map<String, Set<String>> groups = new HashMap<>();
    private final Map<String, Set<String>> forms = new ConcurrentHashMap<>();

    /** @param actors canonical name to its other spellings, as in {@code actors.json} */
    public GoldNames(Map<String, List<String>> actors) {
        actors.forEach((canonical, spellings) -> {
            Set<String> all = new HashSet<>();
            all.add(NameFold.fold(canonical));
            spellings.forEach(s -> all.add(NameFold.fold(s)));
            all.remove("");
            for (String form : all) {
                groups.computeIfAbsent(form, k -> new HashSet<>()).addAll(all);
            }
        });
    }

    public static GoldNames none() {
        return new GoldNames(Map.of());
    }

    /** The folded name and the folded spellings of every alias group it belongs to. */
    public Set<String> forms(String name) {
        return forms.computeIfAbsent(NameFold.fold(name), folded -> {
            Set<String> out = new HashSet<>(groups.getOrDefault(folded, Set.of()));
            out.add(folded);
            out.remove("");
            return Set.copyOf(out);
        });
    }

    /** An engine name equals the gold name or one of its aliases, or contains one as whole words. */
    public boolean match(Collection<String> engineNames, String goldName) {
        Set<String> goldForms = forms(goldName);
        for (String name : engineNames) {
            String folded = NameFold.fold(name);
            if (folded.isEmpty()) {
                continue;
            }
            if (goldForms.contains(folded)) {
                return true;
            }
            String padded = " " + folded + " ";
            for (String g : goldForms) {
                if (padded.contains(" " + g + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Slot comparison: both null, or the names match. */
    public boolean same(String engineName, String goldName) {
        if (engineName == null || goldName == null) {
            return engineName == null && goldName == null;
        }
        return match(List.of(engineName), goldName);
    }
}
