package org.privacyrights.apiclient.domain;

import java.util.List;
import java.util.Optional;

public interface ApiClientRepository {

    Optional<ApiClient> byName(String name);

    Optional<ApiClient> byKeyHash(String keyHash);

    List<ApiClient> all();

    void store(ApiClient client);
}
