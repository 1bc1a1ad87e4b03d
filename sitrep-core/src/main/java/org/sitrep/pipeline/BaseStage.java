package org.sitrep.pipeline;

import java.util.Set;

/** A stage that declares its name and layers once, in its constructor, and implements only the work. */
public abstract class BaseStage implements Stage {
    private final String name;
    private final Set<Layer> requires;
    private final Set<Layer> adds;

    protected BaseStage(String name, Set<Layer> requires, Set<Layer> adds) {
        this.name = name;
        this.requires = Set.copyOf(requires);
        this.adds = Set.copyOf(adds);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<Layer> requires() {
        return requires;
    }

    @Override
    public final Set<Layer> adds() {
        return adds;
    }
}
