package org.sitrep.extract.event;

import java.util.List;

/** Rules for one slot, tried from the most precise to the least; the first that decides wins. */
final class SieveChain<T> {
    private final List<Sieve<T>> sieves;

    /** What a chain decided and which rule decided it. */
    record Decision<T>(T value, String rule) {
    }

    SieveChain(List<Sieve<T>> sieves) {
        this.sieves = List.copyOf(sieves);
    }

    /** The first decision of the chain, or null when no rule applies. */
    Decision<T> decide(TriggerContext c) {
        for (Sieve<T> s : sieves) {
            T value = s.decide(c);
            if (value != null) {
                return new Decision<>(value, s.name());
            }
        }
        return null;
    }

    List<Sieve<T>> sieves() {
        return sieves;
    }
}
