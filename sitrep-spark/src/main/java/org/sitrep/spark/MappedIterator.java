package org.sitrep.spark;

import java.util.Iterator;
import java.util.function.Function;

/** Each item of an iterator mapped as it is taken, so a task holds one at a time. */
final class MappedIterator<T, R> implements Iterator<R> {
    private final Iterator<T> items;
    private final Function<T, R> map;

    MappedIterator(Iterator<T> items, Function<T, R> map) {
        this.items = items;
        this.map = map;
    }

    @Override
    public boolean hasNext() {
        return items.hasNext();
    }

    @Override
    public R next() {
        return map.apply(items.next());
    }
}
