package org.sanhe.dispatch.domain.alert;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every CAP message the centre received, in the order received, by id and by key, and the counter that numbers
 * them. Owned by the core's writer thread.
 */
public final class AlertBook {

    private final Map<Long, Alert> alerts = new LinkedHashMap<>();
    private final Map<AlertKey, Long> byKey = new LinkedHashMap<>();
    private long lastId;

    /**
     * A book holding exactly these alerts, in this order, and the counter as recorded; for snapshot restore only.
     *
     * @throws IllegalArgumentException when two alerts share an id or a key, or the counter is not the last id (alerts
     *                                  are never removed)
     */
    public static AlertBook restored(List<Alert> alerts, long lastId) {
        if (lastId != (alerts.isEmpty() ? 0 : alerts.get(alerts.size() - 1).id())) {
            throw new IllegalArgumentException("last alert id " + lastId + " is not the last alert's");
        }
        AlertBook book = new AlertBook();
        for (Alert alert : alerts) {
            if (alert.id() > lastId) {
                throw new IllegalArgumentException("last alert id " + lastId + " below alert " + alert.id());
            }
            if (book.alerts.putIfAbsent(alert.id(), alert) != null || book.byKey.putIfAbsent(alert.key(),
                    alert.id()) != null) {
                throw new IllegalArgumentException("alert " + alert.id() + " (" + alert.key() + ") restored twice");
            }
        }
        book.lastId = lastId;
        return book;
    }

    long nextId() {
        return ++lastId;
    }

    /** Adds a new alert, or replaces the one with its id in place. */
    void put(Alert alert) {
        alerts.put(alert.id(), alert);
        byKey.put(alert.key(), alert.id());
    }

    public Alert get(long id) {
        return alerts.get(id);
    }

    /** The alert received under this key, or null. */
    public Alert byKey(AlertKey key) {
        Long id = byKey.get(key);
        return id == null ? null : alerts.get(id);
    }

    /** Every alert, in the order received. */
    public Collection<Alert> all() {
        return Collections.unmodifiableCollection(alerts.values());
    }

    /** The alerts in force, in the order received. */
    public List<Alert> active() {
        return alerts.values().stream().filter(Alert::isActive).toList();
    }

    public int size() {
        return alerts.size();
    }

    public long lastId() {
        return lastId;
    }
}
