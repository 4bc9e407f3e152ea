package org.privacyrights.connectors.adapter;

import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ManagedConnection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What every managed connection of the adapter does alike: keeps its event listeners and its handles, fires
 * CONNECTION_CLOSED when a handle closes and CONNECTION_ERROR_OCCURRED when the backend broke, so that the
 * container pools, and discards, connections honestly.
 */
public final class ManagedConnectionSupport<H> {

    private final ManagedConnection owner;
    private final Consumer<H> invalidate;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<H> handles = ConcurrentHashMap.newKeySet();
    private volatile boolean broken;

    public ManagedConnectionSupport(ManagedConnection owner, Consumer<H> invalidate) {
        this.owner = owner;
        this.invalidate = invalidate;
    }

    public H register(H handle) {
        handles.add(handle);
        return handle;
    }

    public void detach(H handle) {
        handles.remove(handle);
    }

    public void closed(H handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(owner, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        listeners.forEach(listener -> listener.connectionClosed(event));
    }

    public void failed(Exception cause) {
        broken = true;
        ConnectionEvent event = new ConnectionEvent(owner, ConnectionEvent.CONNECTION_ERROR_OCCURRED, cause);
        listeners.forEach(listener -> listener.connectionErrorOccurred(event));
    }

    /** LOCAL_TRANSACTION_STARTED, _COMMITTED or _ROLLEDBACK, for a connection whose transactions the container drives. */
    public void localTransaction(int type) {
        ConnectionEvent event = new ConnectionEvent(owner, type);
        for (ConnectionEventListener listener : listeners) {
            switch (type) {
                case ConnectionEvent.LOCAL_TRANSACTION_STARTED -> listener.localTransactionStarted(event);
                case ConnectionEvent.LOCAL_TRANSACTION_COMMITTED -> listener.localTransactionCommitted(event);
                case ConnectionEvent.LOCAL_TRANSACTION_ROLLEDBACK -> listener.localTransactionRolledback(event);
                default -> throw new IllegalArgumentException("Not a local transaction event: " + type);
            }
        }
    }

    public boolean isBroken() {
        return broken;
    }

    /** Invalidates every handle: the container is taking the connection back. */
    public void cleanup() {
        handles.forEach(invalidate);
        handles.clear();
    }

    public void add(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    public void remove(ConnectionEventListener listener) {
        listeners.remove(listener);
    }
}
