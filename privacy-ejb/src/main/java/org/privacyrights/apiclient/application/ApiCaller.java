package org.privacyrights.apiclient.application;

import java.util.Set;

/** Who called with a valid key: the client's name and the roles its scopes give it (SYSTEM among them). */
public record ApiCaller(String client, Set<String> roles) {}
