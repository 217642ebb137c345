package org.sanhe.console.model;

import java.nio.file.Path;
import java.util.List;
import org.sanhe.console.stream.HubListener;
import org.sanhe.dispatch.domain.alert.Alert;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.duplicate.DuplicateCandidate;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.event.UnitRegistered;
import org.sanhe.dispatch.domain.event.UnitRetired;
import org.sanhe.dispatch.domain.event.UnitStatusChanged;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.domain.user.User;
import org.sanhe.dispatch.runtime.audit.AuditReader;
import org.sanhe.dispatch.runtime.publish.Published;
import org.sanhe.dispatch.runtime.recovery.SnapshotSource;
import org.sanhe.interop.cap.AlertDistricts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link ReadModel} in step with the core, on the hub's thread. It holds a centre of its own, rebuilt at
 * start from the newest snapshot and the journal after it ({@link #bootstrap}), and applies each published command
 * to it, so that the domain's rules run here exactly as on the core and are written nowhere else; the core's thread
 * does no console work at all. At the end of each hub batch it rebuilds the views the batch's events touched
 * ({@link Dirty}), then publishes the batch's sequence, which completes the requests waiting for it.
 *
 * <p>Commands the bootstrap already read from the journal are skipped when the subscription delivers them; when the
 * hub missed commands, or one arrives out of order, the centre is rebuilt from the journal again.
 */
public final class ModelProjector implements HubListener {

    private static final Logger LOG = LoggerFactory.getLogger(ModelProjector.class);

    private final ReadModel model;
    private final Path journalDir;
    private final SnapshotSource snapshots;
    private final AlertDistricts alertDistricts;
    private final Dirty dirty = new Dirty();
    /** Guards the centre against {@link #duplicateCandidates}, the one read that needs the domain's own query. */
    private final Object lock = new Object();
    private Centre centre;

    /** @param alertDistricts which districts an alert's areas touch, worked out once per alert as it is projected */
    public ModelProjector(ReadModel model, Path journalDir, SnapshotSource snapshots, AlertDistricts alertDistricts) {
        this.model = model;
        this.journalDir = journalDir;
        this.snapshots = snapshots;
        this.alertDistricts = alertDistricts;
        model.projector(this);
    }

    /**
     * Builds the centre from the newest snapshot and the journal, and every view from it. Call once the hub has
     * subscribed (so that nothing journaled after the read escapes it), before the hub starts; the hub calls it
     * again after missing commands.
     */
    public void bootstrap() {
        Centre fresh;
        try (AuditReader reader = AuditReader.open(journalDir)) {
            fresh = reader.replay(snapshots.latest().orElse(null), entry -> true).centre();
        }
        synchronized (lock) {
            centre = fresh;
            rebuild(fresh);
        }
    }

    private void rebuild(Centre fresh) {
        model.rules = fresh.rules();
        model.calls.replaceAll(fresh.calls().all().stream().map(CallView::of).toList(), CallView::id);
        model.incidents.replaceAll(fresh.incidents().all().stream().map(i -> IncidentView.of(fresh, i)).toList(),
                IncidentView::id);
        model.open.replaceAll(fresh.incidents().open().stream().map(i -> model.incidents.get(i.id())).toList(),
                IncidentView::id);
        allUnits();
        model.stations.replaceAll(List.copyOf(fresh.stations().all()), Station::id);
        model.users.replaceAll(List.copyOf(fresh.users().all()), User::username);
        model.alerts.replaceAll(fresh.alerts().all().stream().map(a -> AlertView.of(a, alertDistricts)).toList(),
                AlertView::id);
        model.activeAlerts.replaceAll(model.alerts.values().stream().filter(AlertView::isActive).toList(),
                AlertView::id);
        for (Unit unit : fresh.units().all()) {
            if (unit.assignedAt() != 0) {
                model.statusSince.putIfAbsent(unit.id(), unit.assignedAt());
            }
        }
        dirty.clear();
        publish();
    }

    @Override
    public void published(Published published) {
        long last = centre.lastSequence();
        if (published.sequence() <= last) {
            return;
        }
        if (published.sequence() != last + 1) {
            LOG.warn("the read model expected command {} and got {}: rebuilding it", last + 1, published.sequence());
            bootstrap();
            return;
        }
        synchronized (lock) {
            centre.apply(new StampedCommand(published.sequence(), published.timestamp(), published.actor(),
                    published.command()), event -> { });
        }
        for (Event event : published.events()) {
            dirty.mark(event);
            if (event instanceof UnitStatusChanged changed) {
                model.statusSince.put(changed.unitId(), published.timestamp());
            } else if (event instanceof UnitRegistered registered) {
                model.statusSince.put(registered.unitId(), published.timestamp());
            } else if (event instanceof UnitRetired retired) {
                model.statusSince.remove(retired.unitId());
            }
        }
    }

    @Override
    public void endOfBatch() {
        if (centre.lastSequence() == model.sequence()) {
            return;
        }
        try {
            synchronized (lock) {
                refresh();
            }
        } catch (RuntimeException e) {
            LOG.error("the read model failed to project commands up to {}: rebuilding it from the journal",
                    centre.lastSequence(), e);
            dirty.clear();
            bootstrap();
        }
    }

    /** Under the lock: the views a snapshot copies change only here, and the sequence with them. */
    private void refresh() {
        if (dirty.rules) {
            model.rules = centre.rules();
            centre.incidents().all().forEach(i -> dirty.incidents.add(i.id()));
            dirty.allUnits = true;
        }
        refreshUnits();
        dirty.calls.forEach(this::refreshCall);
        dirty.incidents.forEach(this::refreshIncident);
        if (dirty.allStations) {
            model.stations.replaceAll(List.copyOf(centre.stations().all()), Station::id);
        } else {
            dirty.stations.forEach(id -> refresh(model.stations, id, centre.stations().get(id)));
        }
        if (dirty.allUsers) {
            model.users.replaceAll(List.copyOf(centre.users().all()), User::username);
        } else {
            dirty.users.forEach(name -> refresh(model.users, name, centre.users().get(name)));
        }
        dirty.alerts.forEach(this::refreshAlert);
        dirty.clear();
        publish();
    }

    @Override
    public void missed(long fromSequence) {
        LOG.warn("the read model missed commands from {}: rebuilding it from the journal", fromSequence);
        bootstrap();
    }

    /** Any thread: see {@link ReadModel#snapshot}. */
    ReadModel.Snapshot snapshot() {
        synchronized (lock) {
            return new ReadModel.Snapshot(model.sequence(), List.copyOf(model.calls()),
                    List.copyOf(model.openIncidents()), List.copyOf(model.units()),
                    List.copyOf(model.activeAlerts()));
        }
    }

    /** Any thread: see {@link ReadModel#hashed}. */
    ReadModel.Hashed hashed() {
        synchronized (lock) {
            return new ReadModel.Hashed(centre.lastSequence(), centre.stateHash());
        }
    }

    /** Any thread: see {@link ReadModel#duplicateCandidates}. */
    List<DuplicateCandidate> duplicateCandidates(String callId, long now) {
        synchronized (lock) {
            Call call = centre.calls().get(callId);
            return call == null ? null
                    : List.copyOf(centre.duplicateCandidates(call, Math.max(now, centre.lastTimestamp())));
        }
    }

    private void publish() {
        model.timestamp = centre.lastTimestamp();
        model.waiters.reached(centre.lastSequence());
    }

    /** A unit's incident before and after the change is touched too: its coverage counts the unit. */
    private void refreshUnits() {
        if (dirty.allUnits) {
            for (UnitView old : model.units()) {
                dirty.incidents.add(old.incidentId());
            }
            allUnits();
            return;
        }
        for (String id : dirty.units) {
            UnitView old = model.units.get(id);
            if (old != null) {
                dirty.incidents.add(old.incidentId());
            }
            Unit unit = centre.units().get(id);
            if (unit == null) {
                model.units.remove(id);
            } else {
                dirty.incidents.add(unit.incidentId());
                model.units.put(id, UnitView.of(centre, unit));
            }
        }
    }

    private void allUnits() {
        Centre c = centre;
        List<UnitView> views = c.units().all().stream().map(u -> UnitView.of(c, u)).toList();
        views.forEach(v -> dirty.incidents.add(v.incidentId()));
        model.units.replaceAll(views, UnitView::id);
    }

    private void refreshCall(String id) {
        Call call = centre.calls().get(id);
        refresh(model.calls, id, call == null ? null : CallView.of(call));
    }

    private void refreshIncident(long id) {
        Incident incident = id == 0 ? null : centre.incidents().get(id);
        if (incident == null) {
            return;
        }
        IncidentView view = IncidentView.of(centre, incident);
        model.incidents.put(id, view);
        refresh(model.open, id, incident.isOpen() ? view : null);
    }

    /**
     * An alert's districts are worked out once, when it is first projected (about 0.07 ms of CPU for the Xi'an test
     * alert, docs/benchmarks.md section 10); a change of state keeps them.
     */
    private void refreshAlert(long id) {
        Alert alert = centre.alerts().get(id);
        if (alert == null) {
            return;
        }
        AlertView old = model.alerts.get(id);
        AlertView view = old == null ? AlertView.of(alert, alertDistricts) : old.as(alert);
        model.alerts.put(id, view);
        refresh(model.activeAlerts, id, view.isActive() ? view : null);
    }

    private static <K, V> void refresh(OrderedViews<K, V> views, K key, V view) {
        if (view == null) {
            views.remove(key);
        } else {
            views.put(key, view);
        }
    }
}
