package org.privacyrights.web.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Test-only: moves dates that would otherwise take minutes or weeks to arrive. */
@Stateless
@PermitAll
public class TimeTravel {

    @PersistenceContext(unitName = "privacy")
    EntityManager em;

    /** A request's codes run out now instead of in ten minutes. */
    public void expireChallengesOf(String requestId) {
        em.createQuery("UPDATE VerificationChallenge c SET c.expiresAt = :past WHERE c.requestId ="
                        + " (SELECT r.id FROM PrivacyRequest r WHERE r.publicId = :request)")
                .setParameter("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .setParameter("request", requestId)
                .executeUpdate();
    }

    /** The request falls due on {@code day}. */
    public void makeDue(String requestId, LocalDate day) {
        em.createQuery("UPDATE PrivacyRequest r SET r.dueDate = :day WHERE r.publicId = :request")
                .setParameter("day", day)
                .setParameter("request", requestId)
                .executeUpdate();
    }

    /** The request's download link ended a minute ago. */
    public void endDownloadLinkOf(String requestId) {
        em.createQuery("UPDATE ExportPackage p SET p.expiresAt = :past WHERE p.requestId ="
                        + " (SELECT r.id FROM PrivacyRequest r WHERE r.publicId = :request)")
                .setParameter("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .setParameter("request", requestId)
                .executeUpdate();
    }
}
