package org.sitrep.eval;

/**
 * A tally of matched items: true positives, engine items and gold items, with precision, recall and F1 computed as
 * {@code Tally.prf()} in {@code score.py} (an empty side scores 1 when the other is empty too).
 */
public record Prf(int tp, int engine, int gold) {

    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf plus(Prf other) {
        return new Prf(tp + other.tp, engine + other.engine, gold + other.gold);
    }

    public int fp() {
        return engine - tp;
    }

    public int fn() {
        return gold - tp;
    }

    public double p() {
        return engine > 0 ? (double) tp / engine : gold == 0 ? 1.0 : 0.0;
    }

    public double r() {
        return gold > 0 ? (double) tp / gold : engine == 0 ? 1.0 : 0.0;
    }

    public double f1() {
        double p = p();
        double r = r();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
}
