package org.sitrep.util;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A shared resource loaded the first time a thread needs it, once for all threads: a run that meets no HTML
 * page never loads what only pages need.
 *
 * @param <T> the resource
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> loader;
    private volatile T value;

    private Lazy(Supplier<T> loader) {
        this.loader = loader;
    }

    public static <T> Lazy<T> of(Supplier<T> loader) {
        return new Lazy<>(Objects.requireNonNull(loader));
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(loader.get());
                    value = v;
                }
            }
        }
        return v;
    }
}
