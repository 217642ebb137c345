package org.sanhe.console.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

/**
 * Immutable views by key, iterated in the order their entities were first seen (the core's books are insertion
 * ordered, and a view keeps its place when it is replaced, as a {@code LinkedHashMap} entry does). One writer (the
 * projector) puts, removes and replaces all; readers on any thread get, and iterate weakly consistently, without
 * locks.
 */
final class OrderedViews<K, V> {

    /** One generation of the maps; {@link #replaceAll} swaps in a new one so that readers never see it empty. */
    private record Maps<K, V>(Map<K, Long> ordinals, Map<K, V> byKey, ConcurrentSkipListMap<Long, V> byOrder) {
        Maps() {
            this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentSkipListMap<>());
        }
    }

    private volatile Maps<K, V> maps = new Maps<>();
    /** The next ordinal; writer only. */
    private long next;

    V get(K key) {
        return key == null ? null : maps.byKey().get(key);
    }

    Collection<V> values() {
        return maps.byOrder().values();
    }

    int size() {
        return maps.byKey().size();
    }

    /** Writer: the view of a new key goes last; a known key keeps its place. */
    void put(K key, V view) {
        Maps<K, V> m = maps;
        Long at = m.ordinals().get(key);
        if (at == null) {
            at = ++next;
            m.ordinals().put(key, at);
        }
        m.byKey().put(key, view);
        m.byOrder().put(at, view);
    }

    /** Writer; no key, nothing to remove. */
    void remove(K key) {
        if (key == null) {
            return;
        }
        Maps<K, V> m = maps;
        Long at = m.ordinals().remove(key);
        if (at != null) {
            m.byOrder().remove(at);
            m.byKey().remove(key);
        }
    }

    /** Writer: exactly these views, in this order. */
    void replaceAll(List<V> views, Function<V, K> key) {
        Maps<K, V> fresh = new Maps<>();
        for (V view : views) {
            long at = ++next;
            fresh.ordinals().put(key.apply(view), at);
            fresh.byKey().put(key.apply(view), view);
            fresh.byOrder().put(at, view);
        }
        maps = fresh;
    }
}
