package org.privacyrights.request.application;

/** What the submitter learns: the request's id and status, the same whether or not the address is known. */
public record RequestReceipt(String id, String status) {}
