package org.privacyrights.export.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.export.domain.ExportPackage;
import org.privacyrights.export.domain.ExportPackageRepository;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestRepository;
import org.privacyrights.verification.application.ChallengeAnswers;
import org.privacyrights.verification.application.ChallengeIssuer;
import org.privacyrights.verification.application.RateLimiter;
import org.privacyrights.verification.application.VerificationSettings;
import org.privacyrights.verification.domain.VerificationChallenge;
import org.privacyrights.verification.domain.VerificationSecrets;

/**
 * Releasing an export: the link's token alone opens nothing. Its holder asks for a code, which goes to the
 * request's address, and the code then releases the archive. Unknown, expired and altered tokens are all the same
 * "not found"; every release is audited.
 */
@Stateless
@PermitAll
public class DownloadService {

    @Inject
    ExportPackageRepository packages;

    @Inject
    RequestRepository requests;

    @Inject
    ChallengeIssuer issuer;

    @Inject
    ChallengeAnswers answers;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    VerificationSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Mails a code to the request's address; false for a token that opens nothing. */
    public boolean sendCode(String token, String clientAddress) {
        rateLimiter.consume(settings.verificationsPerIp(), clientAddress);
        Optional<ExportPackage> found = available(token);
        found.flatMap(this::requestOf).ifPresent(issuer::issueForDownload);
        return found.isPresent();
    }

    /** Checks the code and, when it is right, counts and audits the download; empty for anything else. */
    public Optional<DownloadGrant> release(String token, String code, String clientAddress) {
        rateLimiter.consume(settings.verificationsPerIp(), clientAddress);
        Optional<ExportPackage> found = available(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ExportPackage exportPackage = found.get();
        PrivacyRequest request = requestOf(exportPackage).orElse(null);
        if (request == null || !answers.accept(request, VerificationChallenge.Purpose.DOWNLOAD, code, null)) {
            return Optional.empty();
        }
        exportPackage.downloaded();
        audit.record(AuditEntry.forRequest(
                "subject",
                "EXPORT_DOWNLOADED",
                request.publicId(),
                request.subject().publicId(),
                "download " + exportPackage.downloads()));
        return Optional.of(new DownloadGrant(request.publicId(), exportPackage.fileName(), exportPackage.sizeBytes()));
    }

    /** Whether the token opens an archive that is still there (the page shows the code step only then). */
    public boolean exists(String token) {
        return available(token).isPresent();
    }

    private Optional<ExportPackage> available(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return packages.byTokenHash(VerificationSecrets.tokenHash(token))
                .filter(exportPackage -> exportPackage.isAvailableAt(clock.instant()));
    }

    private Optional<PrivacyRequest> requestOf(ExportPackage exportPackage) {
        return requests.byId(exportPackage.requestId());
    }
}
