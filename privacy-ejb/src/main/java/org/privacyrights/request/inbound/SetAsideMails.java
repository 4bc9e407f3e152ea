package org.privacyrights.request.inbound;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.connectors.api.inbound.QuarantinedMail;
import org.privacyrights.security.Roles;

/**
 * Mails of the privacy mailbox that were set aside: recorded when the adapter reports one, listed for staff (newest
 * first) on the dashboard's home, where they are answered by hand.
 */
@Stateless
public class SetAsideMails {

    static final int LISTED = 100;

    @PersistenceContext(unitName = "privacy")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Records one; the audit trail gets the fact and the attempts, the mail's details stay here. */
    @PermitAll
    public void record(QuarantinedMail mail) {
        em.persist(new SetAsideMail(mail, clock.instant()));
        audit.record(new AuditEntry(
                "privacy-mailbox",
                "MAIL_SET_ASIDE",
                null,
                null,
                "privacy-mailbox",
                "after " + mail.attempts() + " failed attempts"));
    }

    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT, Roles.AUDITOR})
    public List<SetAsideMailView> latest() {
        return em.createQuery("SELECT m FROM SetAsideMail m ORDER BY m.setAsideAt DESC, m.id DESC", SetAsideMail.class)
                .setMaxResults(LISTED)
                .getResultStream()
                .map(SetAsideMail::view)
                .toList();
    }
}
