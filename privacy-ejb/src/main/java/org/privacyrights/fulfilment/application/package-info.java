/**
 * Carrying out approved requests: durable tasks per system claimed with leases, run on the container's threads,
 * their results recorded, and the request completed with exactly one answer to the subject.
 */
package org.privacyrights.fulfilment.application;
