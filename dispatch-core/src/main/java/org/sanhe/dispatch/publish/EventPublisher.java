package org.sanhe.dispatch.publish;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Fans published commands out to the subscriptions. {@link #publish} is called by the sequencer's publish handler
 * only, in sequence order; it never blocks. {@link #subscribe} may be called from any thread: a new subscriber
 * receives what is published after it subscribed.
 */
public final class EventPublisher {

    private final CopyOnWriteArrayList<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<Consumer<Published>> listeners = new CopyOnWriteArrayList<>();

    /**
     * Adds a listener called on the publish thread for every command, before the subscriptions, and never dropped.
     * For quick bookkeeping that must not miss anything (the timer schedule); it must not block.
     */
    public void listen(Consumer<Published> listener) {
        listeners.add(listener);
    }

    public Subscription subscribe(String name, int capacity) {
        Subscription[] holder = new Subscription[1];
        Subscription subscription = new Subscription(name, capacity, () -> subscriptions.remove(holder[0]));
        holder[0] = subscription;
        subscriptions.add(subscription);
        return subscription;
    }

    public void publish(Published published) {
        for (Consumer<Published> listener : listeners) {
            listener.accept(published);
        }
        for (Subscription subscription : subscriptions) {
            subscription.offer(published);
        }
    }

    public int subscribers() {
        return subscriptions.size();
    }
}
