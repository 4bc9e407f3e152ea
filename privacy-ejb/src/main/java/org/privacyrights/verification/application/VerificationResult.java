package org.privacyrights.verification.application;

/**
 * The answer to a code or link. A refusal says nothing about why (wrong, used, expired, locked, unknown request):
 * each looks the same. A success carries the token with which the subject follows the request, shown only now.
 */
public record VerificationResult(boolean verified, String requestId, String status, String subjectToken) {

    public static VerificationResult refused() {
        return new VerificationResult(false, null, null, null);
    }
}
