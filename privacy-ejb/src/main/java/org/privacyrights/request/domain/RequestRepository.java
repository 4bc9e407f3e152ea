package org.privacyrights.request.domain;

import java.util.List;
import java.util.Optional;
import org.privacyrights.subject.domain.DataSubject;

/** Where requests are kept. */
public interface RequestRepository {

    void store(PrivacyRequest request);

    Optional<PrivacyRequest> find(String publicId);

    /** Oldest due first, then newest received. */
    List<PrivacyRequest> search(RequestFilter filter, int first, int max);

    long count(RequestFilter filter);

    /** The subject's requests of that type that are still open and were received since {@code since}. */
    List<PrivacyRequest> openOfType(DataSubject subject, RequestType type, java.time.Instant since);
}
