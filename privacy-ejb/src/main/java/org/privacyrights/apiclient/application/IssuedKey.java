package org.privacyrights.apiclient.application;

import java.util.List;
import java.util.Set;
import org.privacyrights.apiclient.domain.ApiScope;

/** A new client's key, shown this once (only its hash is kept), with what it may do. */
public record IssuedKey(String name, String key, Set<ApiScope> scopes, String vouchSystem, List<String> vouchDomains) {}
