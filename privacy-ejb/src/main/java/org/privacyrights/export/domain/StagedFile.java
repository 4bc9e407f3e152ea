package org.privacyrights.export.domain;

/** One file a connector wrote into the package: where it goes in the archive, its type, size and SHA-256. */
public record StagedFile(String path, String system, String mediaType, long bytes, String sha256) {}
