package org.privacyrights.consent.application;

/** The check API's answer: granted or not, and the record that decided it (null when nothing was ever decided). */
public record ConsentAnswer(String purpose, boolean granted, Long recordId) {}
