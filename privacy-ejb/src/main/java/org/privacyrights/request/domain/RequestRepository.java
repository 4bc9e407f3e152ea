package org.privacyrights.request.domain;

import java.util.List;
import java.util.Optional;

/** Where requests are kept. */
public interface RequestRepository {

    void store(PrivacyRequest request);

    Optional<PrivacyRequest> find(String publicId);

    /** Oldest due first, then newest received. */
    List<PrivacyRequest> search(RequestFilter filter, int first, int max);

    long count(RequestFilter filter);
}
