package org.privacyrights.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.privacyrights.request.application.RequestQueries;
import org.privacyrights.request.domain.RequestFilter;

/**
 * The queue pager's totals, each kept for a few seconds per filter. With 100,000 requests an exact count reads a
 * whole index, costs more than the page itself, and every staff member's every page asks for one; a total a few
 * seconds old is one nobody can tell apart. The rows are always read fresh, and a staff member's own change
 * (assigning) counts anew at once. The REST API counts exactly.
 */
@ApplicationScoped
public class QueueTotals {

    static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final int MAX_FILTERS = 1_000;

    @Inject
    RequestQueries queries;

    private final Map<RequestFilter, Total> totals = new ConcurrentHashMap<>();

    private record Total(long count, long countedAt) {}

    public long count(RequestFilter filter) {
        long now = System.nanoTime();
        Total known = totals.get(filter);
        if (known != null && now - known.countedAt() < FRESH_NANOS) {
            return known.count();
        }
        if (totals.size() >= MAX_FILTERS) {
            // Filters typed by hand could grow the map without end; recounting them costs one query each.
            totals.clear();
        }
        long count = queries.count(filter);
        totals.put(filter, new Total(count, now));
        return count;
    }

    /** After a change made here, so that the one who made it sees it counted. */
    public void forget() {
        totals.clear();
    }
}
