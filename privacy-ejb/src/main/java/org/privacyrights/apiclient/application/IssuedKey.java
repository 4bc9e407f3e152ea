package org.privacyrights.apiclient.application;

/** A new client's key, shown this once: only its hash is kept. */
public record IssuedKey(String name, String key) {}
