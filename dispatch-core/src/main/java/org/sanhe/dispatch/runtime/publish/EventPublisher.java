package org.sanhe.dispatch.runtime.publish;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Fans published commands out to the listeners (from the apply handler, {@link #applied}) and the subscriptions
 * (from the publish handler, {@link #publish}), each in sequence order; neither blocks. {@link #subscribe} may be called from any thread: a new subscriber
 * receives what is published after it subscribed.
 */
public final class EventPublisher {

    private final CopyOnWriteArrayList<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<Consumer<Published>> listeners = new CopyOnWriteArrayList<>();

    /**
     * Adds a listener called on the core's apply thread for every applied command, before its submitter is answered
     * and before the subscriptions see it; never dropped. For quick bookkeeping that must not miss anything and must
     * be current when the submitter hears back (the timer schedule). It must not block.
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

    /** Apply thread: tells the listeners. */
    public void applied(Published published) {
        for (Consumer<Published> listener : listeners) {
            listener.accept(published);
        }
    }

    /** Publish thread: offers to every subscription, never waiting. */
    public void publish(Published published) {
        for (Subscription subscription : subscriptions) {
            subscription.offer(published);
        }
    }

    public int subscribers() {
        return subscriptions.size();
    }
}
