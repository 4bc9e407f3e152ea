package org.privacyrights.request.domain;

/** What an objection (Art. 21) is against. */
public enum ObjectionScope {
    /** Direct marketing: the objection is absolute (Art. 21(3)) and carried out at once, with no weighing. */
    MARKETING,
    /** Any other processing: the subject's grounds are weighed by staff (Art. 21(1)). */
    PROCESSING
}
