package org.privacyrights.fulfilment.domain;

/**
 * Says, in the transaction that made it so, that tasks became due or a request may be ready to complete. Seen once
 * that transaction commits, it starts the next stage at once on this instance instead of at the next poll.
 */
public record WorkAvailable(String requestId) {}
