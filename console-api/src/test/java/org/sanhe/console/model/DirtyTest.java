package org.sanhe.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.event.Event;

/** Every kind of event the core can publish says which views it makes stale. */
class DirtyTest {

    @Test
    void everyPermittedEventTypeHasAMarker() {
        Set<Class<?>> permitted = Set.of(Event.class.getPermittedSubclasses());
        assertThat(permitted).hasSizeGreaterThan(30);
        assertThat(Dirty.MARKERS.keySet()).isEqualTo(permitted);
    }
}
