package org.privacyrights.demo.requests;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.platform.PlatformSettings;
import org.privacyrights.request.domain.Channel;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestRepository;
import org.privacyrights.request.domain.RequestStatus;
import org.privacyrights.request.domain.RequestType;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectRepository;

/**
 * For the quick start only ({@code privacy.demo.enabled=true}): a few months of requests from people at
 * {@code demo.example}, for every right, in every state a queue holds (waiting for the code, waiting for approval,
 * paused, completed, rejected), each with its history in the audit trail, so that the overview and the queue show
 * something on the first start. Their people are those the demo backends (privacy-demo) hold mail and help-desk
 * data for, so approving one of them carries it out there. Generated once; never where the demo is off.
 *
 * <p>Part of the platform only in the quick start's WAR (privacy-web-quickstart.war, which carries this module's
 * "platform" jar); the release WAR and the EAR hold nothing of it.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "RegisterImport"})
public class DemoData {

    static final String DOMAIN = "demo.example";
    static final int REQUESTS = 48;
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "privacy.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    SubjectRepository subjects;

    @Inject
    RequestRepository requests;

    @Inject
    PlatformSettings platform;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "privacy")
    EntityManager em;

    @PostConstruct
    void generate() {
        if (!enabled || generatedBefore()) {
            return;
        }
        Instant now = clock.instant();
        RequestType[] types = RequestType.values();
        Channel[] channels = {Channel.PORTAL, Channel.EMAIL, Channel.PORTAL, Channel.API};
        for (int i = 0; i < REQUESTS; i++) {
            Instant received = DemoPlan.received(i, now);
            String email = "person" + i + "@" + DOMAIN;
            DataSubject subject = new DataSubject(received);
            subject.addIdentity(IdentityKind.EMAIL, null, email);
            subjects.store(subject);
            PrivacyRequest request = new PrivacyRequest(
                    subject,
                    types[i % types.length],
                    channels[i % channels.length],
                    email,
                    "A demonstration request.",
                    platform.deadlineCalculator().responseDeadline(received),
                    received);
            requests.store(request);
            record(request, "REQUEST_RECEIVED", request.type().name() + " via " + request.channel());
            walk(request, i, now);
        }
        LOG.warning(() -> "Demo: " + REQUESTS + " requests from people at " + DOMAIN
                + " generated; the demo mailbox (/demo/mailbox.xhtml) shows every mail the platform sends. Never enable"
                + " privacy.demo.enabled in a real installation.");
    }

    /** Takes the request along its planned states, each move dated and in the history. */
    private void walk(PrivacyRequest request, int i, Instant now) {
        for (DemoPlan.Move move : DemoPlan.moves(i, now)) {
            if (move.status() == RequestStatus.REJECTED) {
                request.reject(DemoPlan.REJECTION, move.at());
            } else {
                request.moveTo(move.status(), move.at());
            }
            if (move.status() == RequestStatus.VERIFIED) {
                // As if the requester had answered the code: approving the request then reaches their data.
                request.subject().identities().forEach(identity -> identity.markVerified(move.at()));
            }
            record(request, "STATUS_CHANGED", move.status().name());
        }
    }

    private void record(PrivacyRequest request, String action, String detail) {
        audit.record(AuditEntry.forRequest(
                "demo", action, request.publicId(), request.subject().publicId(), detail));
    }

    private boolean generatedBefore() {
        return em.createQuery("SELECT COUNT(r) FROM PrivacyRequest r WHERE r.contactEmail LIKE :demo", Long.class)
                        .setParameter("demo", "%@" + DOMAIN)
                        .getSingleResult()
                > 0;
    }
}
