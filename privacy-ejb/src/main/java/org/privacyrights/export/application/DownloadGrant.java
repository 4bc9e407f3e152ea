package org.privacyrights.export.application;

/** Permission to stream one archive, given after the second proof of the address. */
public record DownloadGrant(String requestId, String fileName, long sizeBytes) {}
