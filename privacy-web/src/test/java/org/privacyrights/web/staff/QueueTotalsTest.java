package org.privacyrights.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyrights.request.application.RequestQueries;
import org.privacyrights.request.domain.RequestFilter;
import org.privacyrights.request.domain.RequestType;

class QueueTotalsTest {

    private final List<RequestFilter> counted = new ArrayList<>();
    private final QueueTotals totals = new QueueTotals();

    QueueTotalsTest() {
        totals.queries = new RequestQueries() {
            @Override
            public long count(RequestFilter filter) {
                counted.add(filter);
                return 40L + counted.size();
            }
        };
    }

    @Test
    void aFilterIsCountedOnceWhileItsTotalIsFreshAndEachFilterOnItsOwn() {
        RequestFilter erasures = new RequestFilter(null, RequestType.ERASURE, null, null, true, null);

        assertThat(totals.count(RequestFilter.all())).isEqualTo(41);
        assertThat(totals.count(RequestFilter.all())).isEqualTo(41);
        assertThat(totals.count(erasures)).isEqualTo(42);
        assertThat(totals.count(new RequestFilter(null, RequestType.ERASURE, null, null, true, null)))
                .isEqualTo(42);

        assertThat(counted).containsExactly(RequestFilter.all(), erasures);
    }

    @Test
    void afterAChangeMadeHereTheNextPageCountsAnew() {
        assertThat(totals.count(RequestFilter.all())).isEqualTo(41);

        totals.forget();

        assertThat(totals.count(RequestFilter.all())).isEqualTo(42);
        assertThat(counted).hasSize(2);
    }
}
