package org.privacyrights.connectors.adapter;

/**
 * What every connection handle does alike: refuses work once closed or taken back by the container, follows the
 * container when it moves the handle to another managed connection, and tells its managed connection when the
 * application closes it.
 */
public abstract class AdapterConnectionHandle<M> {

    private final String kind;
    private volatile M managed;
    private volatile boolean closed;

    protected AdapterConnectionHandle(M managed, String kind) {
        this.managed = managed;
        this.kind = kind;
    }

    /** The managed connection, checked on every call. */
    protected final M current() {
        M connection = managed;
        if (closed) {
            throw new IllegalStateException("This " + kind + " connection was closed");
        }
        if (connection == null) {
            throw new IllegalStateException("This " + kind + " connection is no longer associated with its backend");
        }
        return connection;
    }

    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        M connection = managed;
        if (connection != null) {
            closedOn(connection);
        }
    }

    /** The container moved this handle to {@code target}. */
    public final void reassociate(M target) {
        M previous = managed;
        if (previous != null && previous != target) {
            detachFrom(previous);
        }
        managed = target;
    }

    /** The container took the managed connection back. */
    public final void invalidate() {
        managed = null;
    }

    protected abstract void closedOn(M connection);

    protected abstract void detachFrom(M connection);
}
