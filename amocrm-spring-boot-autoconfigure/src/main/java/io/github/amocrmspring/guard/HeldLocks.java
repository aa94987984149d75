package io.github.amocrmspring.guard;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The locks the current thread holds through one guard, so that it can take them again without waiting. */
final class HeldLocks {

    private final ThreadLocal<Set<EntityKey>> held = ThreadLocal.withInitial(HashSet::new);

    /** Return the keys not yet held by the current thread, distinct and in lock order. */
    List<EntityKey> missing(Collection<EntityKey> keys) {
        Set<EntityKey> current = this.held.get();
        return keys.stream()
                .distinct()
                .filter(key -> !current.contains(key))
                .sorted()
                .toList();
    }

    void add(List<EntityKey> keys) {
        this.held.get().addAll(keys);
    }

    void remove(List<EntityKey> keys) {
        Set<EntityKey> current = this.held.get();
        keys.forEach(current::remove);
        if (current.isEmpty()) {
            this.held.remove();
        }
    }
}
