package org.privacyrights.consent.application;

/** A consent purpose as staff and other systems see it. */
public record PurposeView(
        String code, String name, String description, boolean saleOrSharing, boolean directMarketing) {}
