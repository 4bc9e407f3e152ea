package org.privacyrights.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyrights.audit.domain.AuditChainHead;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.audit.domain.AuditSearch;
import org.privacyrights.audit.domain.ChainVerification;
import org.privacyrights.audit.domain.ChainVerifier;
import org.privacyrights.audit.domain.SealedRecords;
import org.privacyrights.audit.infrastructure.JpaAuditRepository;
import org.privacyrights.consent.domain.ConsentRecord;
import org.privacyrights.consent.domain.ConsentRepository;
import org.privacyrights.consent.domain.ConsentSource;
import org.privacyrights.consent.infrastructure.JpaConsentRepository;
import org.privacyrights.deadline.DeadlineCalculator;
import org.privacyrights.deadline.HolidayCalendar;
import org.privacyrights.knowledge.domain.Article;
import org.privacyrights.knowledge.infrastructure.JpaArticleRepository;
import org.privacyrights.notification.domain.MailTemplate;
import org.privacyrights.notification.domain.OutboxMail;
import org.privacyrights.notification.infrastructure.JpaOutboxRepository;
import org.privacyrights.policy.domain.Acknowledgement;
import org.privacyrights.policy.domain.PolicyVersion;
import org.privacyrights.policy.infrastructure.JpaPolicyRepository;
import org.privacyrights.request.domain.Channel;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestFilter;
import org.privacyrights.request.domain.RequestStatus;
import org.privacyrights.request.domain.RequestType;
import org.privacyrights.request.domain.TaskStatus;
import org.privacyrights.request.infrastructure.IdempotencyRecord;
import org.privacyrights.request.infrastructure.IdempotencyRecords;
import org.privacyrights.request.infrastructure.JpaRequestFigures;
import org.privacyrights.request.infrastructure.JpaRequestRepository;
import org.privacyrights.staff.domain.StaffUser;
import org.privacyrights.staff.infrastructure.JpaStaffRepository;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.infrastructure.JpaSubjectRepository;
import org.privacyrights.verification.infrastructure.JdbcRateLimitRepository;

/** The same migrations and mappings checked against each supported database. */
abstract class PersistenceContract {

    private static final Instant NOW = Instant.parse("2026-11-03T09:15:30.123456Z");
    private static final DeadlineCalculator DEADLINES =
            new DeadlineCalculator(HolidayCalendar.weekendsOnly(), ZoneOffset.UTC);

    private Database database;

    abstract Database open();

    @BeforeEach
    void migrate() {
        database = open();
    }

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void aRequestWithItsSubjectAndTasksRoundTrips() {
        String id = inTransaction(em -> {
            DataSubject subject = new DataSubject(NOW);
            subject.addIdentity(IdentityKind.EMAIL, null, " Ada@Example.org ");
            new JpaSubjectRepository(em).store(subject);
            PrivacyRequest request = newRequest(subject, RequestType.ERASURE);
            new JpaRequestRepository(em).store(request);
            request.moveTo(RequestStatus.VERIFIED, NOW);
            request.moveTo(RequestStatus.IN_PROGRESS, NOW);
            request.planTasks(List.of("mail", "helpdesk"), NOW);
            return request.publicId();
        });

        inTransaction(em -> {
            PrivacyRequest loaded = new JpaRequestRepository(em).find(id).orElseThrow();
            assertThat(loaded.status()).isEqualTo(RequestStatus.IN_PROGRESS);
            assertThat(loaded.receivedAt()).isEqualTo(NOW);
            assertThat(loaded.dueDate()).isEqualTo(LocalDate.parse("2026-12-03"));
            assertThat(loaded.tasks()).extracting(t -> t.systemName()).containsExactly("helpdesk", "mail");
            assertThat(loaded.tasks()).allMatch(t -> t.status() == TaskStatus.PENDING);
            assertThat(new JpaSubjectRepository(em).findByIdentity(IdentityKind.EMAIL, null, "ADA@example.org"))
                    .map(DataSubject::publicId)
                    .contains(loaded.subject().publicId());
            return null;
        });
    }

    @Test
    void aSentMailIsStoredWithoutItsSubjectAndBody() {
        Long id = inTransaction(em -> {
            OutboxMail mail = new OutboxMail(
                    "r1",
                    "ada@example.org",
                    "verification-code",
                    "en",
                    new MailTemplate.Rendered("Your confirmation code", "Your code: 123456\n"),
                    NOW);
            new JpaOutboxRepository(em).store(mail);
            return mail.id();
        });
        inTransaction(em -> {
            new JpaOutboxRepository(em).find(id).orElseThrow().delivered(NOW.plusSeconds(1));
            return null;
        });

        inTransaction(em -> {
            OutboxMail sent = new JpaOutboxRepository(em).find(id).orElseThrow();
            assertThat(sent.isSent()).isTrue();
            assertThat(sent.subject()).isNull();
            assertThat(sent.body()).isNull();
            assertThat(sent.recipient()).isEqualTo("ada@example.org");
            assertThat(sent.template()).isEqualTo("verification-code");
            return null;
        });
    }

    @Test
    void theQueueFiltersCountsAndPages() {
        inTransaction(em -> {
            DataSubject subject = new DataSubject(NOW);
            subject.addIdentity(IdentityKind.EMAIL, null, "queue@example.org");
            new JpaSubjectRepository(em).store(subject);
            JpaRequestRepository repository = new JpaRequestRepository(em);
            for (int i = 0; i < 7; i++) {
                PrivacyRequest request = newRequest(subject, i % 2 == 0 ? RequestType.ACCESS : RequestType.ERASURE);
                repository.store(request);
                if (i == 0) {
                    request.moveTo(RequestStatus.CANCELLED, NOW);
                }
            }
            return null;
        });

        inTransaction(em -> {
            JpaRequestRepository repository = new JpaRequestRepository(em);
            RequestFilter access = new RequestFilter(null, RequestType.ACCESS, null, null, null, null);
            RequestFilter openAccess = new RequestFilter(null, RequestType.ACCESS, Channel.PORTAL, null, true, null);
            assertThat(repository.count(RequestFilter.all())).isEqualTo(7);
            assertThat(repository.count(access)).isEqualTo(4);
            assertThat(repository.count(openAccess)).isEqualTo(3);
            assertThat(repository.search(RequestFilter.all(), 5, 5)).hasSize(2);
            return null;
        });
    }

    @Test
    void theDeadlineWatchIsGivenOpenRequestsDueThatAreNotFlaggedOverdueYet() {
        String[] ids = inTransaction(em -> {
            DataSubject subject = new DataSubject(NOW);
            subject.addIdentity(IdentityKind.EMAIL, null, "watch@example.org");
            new JpaSubjectRepository(em).store(subject);
            JpaRequestRepository repository = new JpaRequestRepository(em);
            PrivacyRequest due = newRequest(subject, RequestType.ACCESS);
            PrivacyRequest flagged = newRequest(subject, RequestType.ACCESS);
            PrivacyRequest cancelled = newRequest(subject, RequestType.ACCESS);
            for (PrivacyRequest request : List.of(due, flagged, cancelled)) {
                repository.store(request);
            }
            due.moveTo(RequestStatus.VERIFIED, NOW);
            flagged.moveTo(RequestStatus.VERIFIED, NOW);
            assertThat(flagged.flagOverdue(NOW)).isTrue();
            cancelled.moveTo(RequestStatus.CANCELLED, NOW);
            return new String[] {due.publicId(), flagged.publicId()};
        });

        inTransaction(em -> {
            JpaRequestRepository repository = new JpaRequestRepository(em);
            // All three are due on 3 December.
            assertThat(repository.unflaggedDueBy(LocalDate.parse("2026-12-10")))
                    .extracting(PrivacyRequest::publicId)
                    .containsExactly(ids[0]);
            assertThat(repository.unflaggedDueBy(LocalDate.parse("2026-12-02"))).isEmpty();
            return null;
        });
    }

    @Test
    void theOverviewCountsOpenDueOverdueAndCompletedRequests() {
        inTransaction(em -> {
            DataSubject subject = new DataSubject(NOW);
            subject.addIdentity(IdentityKind.EMAIL, null, "figures@example.org");
            new JpaSubjectRepository(em).store(subject);
            JpaRequestRepository repository = new JpaRequestRepository(em);
            repository.store(newRequest(subject, RequestType.ACCESS));
            PrivacyRequest waiting = newRequest(subject, RequestType.ERASURE);
            repository.store(waiting);
            waiting.moveTo(RequestStatus.VERIFIED, NOW);
            waiting.moveTo(RequestStatus.AWAITING_APPROVAL, NOW);
            PrivacyRequest cancelled = newRequest(subject, RequestType.ACCESS);
            repository.store(cancelled);
            cancelled.moveTo(RequestStatus.CANCELLED, NOW);
            PrivacyRequest completed = newRequest(subject, RequestType.ACCESS);
            repository.store(completed);
            completed.moveTo(RequestStatus.VERIFIED, NOW);
            completed.moveTo(RequestStatus.IN_PROGRESS, NOW);
            completed.moveTo(RequestStatus.COMPLETED, NOW.plus(Duration.ofDays(2)));
            return null;
        });

        inTransaction(em -> {
            JpaRequestFigures figures = new JpaRequestFigures(em);
            assertThat(figures.countByStatus())
                    .containsEntry(RequestStatus.RECEIVED, 1L)
                    .containsEntry(RequestStatus.AWAITING_APPROVAL, 1L)
                    .containsEntry(RequestStatus.CANCELLED, 1L)
                    .containsEntry(RequestStatus.COMPLETED, 1L)
                    .hasSize(4);
            assertThat(figures.openByType())
                    .containsEntry(RequestType.ACCESS, 1L)
                    .containsEntry(RequestType.ERASURE, 1L)
                    .hasSize(2);
            // Both open requests are due on 3 December.
            assertThat(figures.openDueBetween(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-07")))
                    .isEqualTo(2);
            assertThat(figures.openDueBetween(LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-10")))
                    .isZero();
            assertThat(figures.openDueBefore(LocalDate.parse("2026-12-04"))).isEqualTo(2);
            assertThat(figures.openDueBefore(LocalDate.parse("2026-12-03"))).isZero();
            assertThat(figures.receivedBetween(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-01")))
                    .isEqualTo(4);
            assertThat(figures.receivedBetween(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-01")))
                    .isZero();
            assertThat(figures.completedBetween(NOW, NOW.plus(Duration.ofDays(3))))
                    .isEqualTo(1);
            assertThat(figures.completedBetween(NOW, NOW.plus(Duration.ofDays(1))))
                    .isZero();
            assertThat(figures.completionTimes(NOW, 10)).containsExactly(Duration.ofDays(2));
            return null;
        });
    }

    @Test
    void theAuditTrailIsSearchedByRequestAndPeriodNewestFirst() {
        appendEvents(5);
        inTransaction(em -> {
            JpaAuditRepository repository = new JpaAuditRepository(em);
            AuditSearch oneRequest = new AuditSearch(null, "STATUS_CHANGED", "request-3", null, null, null);
            assertThat(repository.search(oneRequest, 0, 10))
                    .extracting(e -> e.requestId().orElseThrow())
                    .containsExactly("request-3");
            AuditSearch period =
                    new AuditSearch("dpo", null, null, "subject-1", NOW.plusSeconds(1), NOW.plusSeconds(4));
            assertThat(repository.count(period)).isEqualTo(3);
            assertThat(repository.search(period, 1, 10))
                    .extracting(e -> e.requestId().orElseThrow())
                    .containsExactly("request-2", "request-1");
            assertThat(repository.count(new AuditSearch("someone else", null, null, null, null, null)))
                    .isZero();
            return null;
        });
    }

    @Test
    void helpArticlesAreSeededAndNewOnesGetIdsClearOfTheSeed() {
        inTransaction(em -> {
            JpaArticleRepository articles = new JpaArticleRepository(em);
            assertThat(articles.published("de")).extracting(Article::slug).contains("proving-who-you-are");
            Article added = new Article("complaints", "en");
            added.write("Complaints", "Write to the authority.", true, "dpo", NOW);
            articles.store(added);
            return null;
        });
        inTransaction(em -> {
            JpaArticleRepository articles = new JpaArticleRepository(em);
            assertThat(articles.find("complaints", "en")).map(Article::body).contains("Write to the authority.");
            assertThat(articles.published("en")).hasSize(3);
            return null;
        });
    }

    @Test
    void anIdempotencyKeyIsStoredOnce() {
        inTransaction(em -> {
            new IdempotencyRecords(em).store(new IdempotencyRecord("key-1", "f".repeat(64), "r-1", NOW));
            return null;
        });
        assertThatThrownBy(() -> inTransaction(em -> {
                    new IdempotencyRecords(em).store(new IdempotencyRecord("key-1", "0".repeat(64), "r-2", NOW));
                    return null;
                }))
                .isInstanceOf(RuntimeException.class);
        inTransaction(em -> {
            assertThat(new IdempotencyRecords(em).find("key-1"))
                    .map(IdempotencyRecord::requestPublicId)
                    .contains("r-1");
            return null;
        });
    }

    @Test
    void staffRolesAreStoredWithTheUser() {
        inTransaction(em -> {
            new JpaStaffRepository(em)
                    .store(new StaffUser("dpo", "Data Protection Officer", "hash", Set.of("DPO", "ADMIN"), NOW));
            return null;
        });
        inTransaction(em -> {
            assertThat(new JpaStaffRepository(em)
                            .findByUsername("dpo")
                            .orElseThrow()
                            .roles())
                    .containsExactlyInAnyOrder("DPO", "ADMIN");
            return null;
        });
    }

    /** Fifty attempts at once on a fresh key, and then fifty more: exactly the limit passes, on every database. */
    @Test
    void fiftyParallelAttemptsTakeExactlyTheLimitOfAWindow() throws Exception {
        JdbcRateLimitRepository windows = new JdbcRateLimitRepository(database.dataSource());
        long window = 1_800_000_000L;

        long firstRound = parallelTakes(windows, "code-address", "victim", window, 5);
        long secondRound = parallelTakes(windows, "code-address", "victim", window, 5);
        long nextWindow = parallelTakes(windows, "code-address", "victim", window + 3600, 5);

        assertThat(firstRound).isEqualTo(5);
        assertThat(secondRound).isZero();
        assertThat(windows.hits("code-address", "victim", window)).isEqualTo(5);
        assertThat(windows.hits("code-address", "someone else", window)).isZero();
        assertThat(nextWindow).isEqualTo(5);
        assertThat(windows.purgeBefore(window + 3600)).isEqualTo(1);
        assertThat(parallelTakes(windows, "code-address", "victim", window + 3600, 5))
                .isZero();
    }

    private static long parallelTakes(JdbcRateLimitRepository windows, String bucket, String key, long window, int max)
            throws Exception {
        int attempts = 50;
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(attempts);
        try {
            java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(attempts);
            List<java.util.concurrent.Future<Boolean>> taken = new java.util.ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                taken.add(threads.submit(() -> {
                    gate.countDown();
                    gate.await();
                    return windows.take(bucket, key, window, max);
                }));
            }
            long passed = 0;
            for (java.util.concurrent.Future<Boolean> attempt : taken) {
                if (attempt.get(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    passed++;
                }
            }
            return passed;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anIntactChainVerifies() {
        appendEvents(5);

        assertThat(verify().isIntact()).isTrue();
        assertThat(verify().eventsChecked()).isEqualTo(5);
    }

    @Test
    void anEditedEventBreaksTheChainThere() {
        appendEvents(5);

        database.sql("UPDATE audit_event SET detail = 'APPROVED' WHERE seq = 3");

        ChainVerification result = verify();
        assertThat(result.firstBroken()).contains(3L);
        assertThat(result.problem()).contains("changed");
    }

    @Test
    void aDeletedEventBreaksTheChainThere() {
        appendEvents(5);

        database.sql("DELETE FROM audit_event WHERE seq = 2");

        assertThat(verify().firstBroken()).contains(2L);
    }

    @Test
    void aDeletedLastEventIsNoticedThroughTheHead() {
        appendEvents(5);

        database.sql("DELETE FROM audit_event WHERE seq = 5");

        assertThat(verify().firstBroken()).contains(5L);
    }

    @Test
    void aRewrittenChainIsNoticedThroughLinks() {
        appendEvents(3);

        database.sql("UPDATE audit_event SET previous_hash = '" + "a".repeat(64) + "' WHERE seq = 2");

        assertThat(verify().firstBroken()).contains(2L);
    }

    @Test
    void theConsentCheckAnswersFromTheLatestDecision() {
        recordConsent("ada@example.org", "newsletter", true);
        recordConsent("ada@example.org", "newsletter", false);
        long granted = recordConsent("ada@example.org", "partner-sharing", true);

        inTransaction(em -> {
            JpaConsentRepository consents = new JpaConsentRepository(em, database.dataSource());
            assertThat(consents.check("ADA@example.org", "newsletter")
                            .orElseThrow()
                            .granted())
                    .isFalse();
            assertThat(consents.check("ada@example.org", "partner-sharing").orElseThrow())
                    .isEqualTo(new ConsentRepository.ConsentCheckRow(true, granted));
            assertThat(consents.check("bob@example.org", "newsletter")
                            .orElseThrow()
                            .granted())
                    .isNull();
            assertThat(consents.check("ada@example.org", "no-such-purpose")).isEmpty();
            return null;
        });
        assertThat(consentTampering()).isEmpty();
    }

    @Test
    void anEditedConsentRecordIsNoticed() {
        recordConsent("ada@example.org", "newsletter", false);
        long edited = recordConsent("ada@example.org", "partner-sharing", false);

        database.sql("UPDATE consent_record SET granted = TRUE WHERE id = " + edited);

        assertThat(consentTampering()).hasValueSatisfying(t -> assertThat(t.problem())
                .isEqualTo("consent record " + edited + " was changed after it was written"));
    }

    @Test
    void aResealedConsentRecordIsNoticedThroughItsAuditEvent() {
        long edited = recordConsent("ada@example.org", "newsletter", false);
        database.sql("UPDATE consent_record SET user_agent = 'forged' WHERE id = " + edited);
        String resealed =
                inTransaction(em -> em.find(ConsentRecord.class, edited).computeSeal());

        database.sql("UPDATE consent_record SET seal = '" + resealed + "' WHERE id = " + edited);

        assertThat(consentTampering())
                .hasValueSatisfying(t -> assertThat(t.problem()).contains("changed"));
    }

    @Test
    void aRemovedConsentRecordOrAnEditedStateIsNoticed() {
        recordConsent("ada@example.org", "newsletter", true);
        long removed = recordConsent("ada@example.org", "partner-sharing", true);

        database.sql("UPDATE consent_state SET granted = FALSE WHERE purpose_code = 'newsletter'");
        assertThat(consentTampering()).hasValueSatisfying(t -> assertThat(t.problem())
                .startsWith("the current consent state does not follow record"));

        database.sql("DELETE FROM consent_state WHERE record_id = " + removed);
        database.sql("DELETE FROM consent_record WHERE id = " + removed);
        assertThat(consentTampering())
                .hasValueSatisfying(t -> assertThat(t.problem()).contains("was removed"));
    }

    @Test
    void anEditedAcknowledgementIsNoticedAndTheGateSeesTheAcceptedVersion() {
        long acknowledged = inTransaction(em -> {
            DataSubject subject = new DataSubject(NOW);
            subject.addIdentity(IdentityKind.EMAIL, null, "ada@example.org");
            new JpaSubjectRepository(em).store(subject);
            JpaPolicyRepository policies = new JpaPolicyRepository(em);
            PolicyVersion shown = new PolicyVersion(
                    "webmail-disclaimer", "webmail", 1, "en", "Webmail", "Mail is kept 90 days.", true, NOW, "dpo");
            policies.store(shown);
            Acknowledgement acknowledgement =
                    new Acknowledgement(subject, shown, "webmail", NOW, "192.0.2.0/24", "Firefox", "subject");
            JpaAuditRepository audit = new JpaAuditRepository(em);
            var event = audit.lockHead()
                    .append(
                            new AuditEntry(
                                    "subject",
                                    Acknowledgement.AUDIT_ACTION,
                                    null,
                                    subject.publicId(),
                                    null,
                                    acknowledgement.auditDetail()),
                            NOW);
            audit.append(event);
            acknowledgement.vouchedBy(event.sequence());
            policies.store(acknowledgement);
            assertThat(policies.acknowledgedVersions(subject)).containsEntry("webmail-disclaimer", 1);
            assertThat(policies.acknowledgementBaselines("webmail")).containsEntry("webmail-disclaimer", 1);
            return acknowledgement.id();
        });
        assertThat(acknowledgementTampering()).isEmpty();

        database.sql("UPDATE acknowledgement SET version = 2 WHERE id = " + acknowledged);

        assertThat(acknowledgementTampering()).hasValueSatisfying(t -> assertThat(t.problem())
                .isEqualTo("acknowledgement " + acknowledged + " was changed after it was written"));
    }

    /** What ConsentService does in its transaction: subject, notice, record, audit event, seal, state. */
    private long recordConsent(String email, String purpose, boolean granted) {
        return inTransaction(em -> {
            JpaSubjectRepository subjects = new JpaSubjectRepository(em);
            DataSubject subject = subjects.findByIdentity(IdentityKind.EMAIL, null, email)
                    .orElseGet(() -> {
                        DataSubject created = new DataSubject(NOW);
                        created.addIdentity(IdentityKind.EMAIL, null, email);
                        subjects.store(created);
                        return created;
                    });
            JpaConsentRepository consents = new JpaConsentRepository(em, database.dataSource());
            String notice = consents.notice("Send me the newsletter (privacy policy v3)", NOW)
                    .hash();
            ConsentRecord record = new ConsentRecord(
                    subject,
                    purpose,
                    granted,
                    notice,
                    NOW.plusNanos(789),
                    new ConsentSource("webmail", "ticked the box at login", "192.0.2.0/24", "Firefox"),
                    "system:webmail");
            JpaAuditRepository audit = new JpaAuditRepository(em);
            var event = audit.lockHead()
                    .append(
                            new AuditEntry(
                                    record.recordedBy(),
                                    ConsentRecord.AUDIT_ACTION,
                                    null,
                                    subject.publicId(),
                                    null,
                                    record.auditDetail()),
                            NOW);
            audit.append(event);
            record.vouchedBy(event.sequence());
            consents.append(record);
            consents.follow(record);
            return record.id();
        });
    }

    private java.util.Optional<SealedRecords.Tampering> acknowledgementTampering() {
        return inTransaction(em -> new JpaPolicyRepository(em).firstTampering());
    }

    private java.util.Optional<SealedRecords.Tampering> consentTampering() {
        return inTransaction(em -> new JpaConsentRepository(em, database.dataSource()).firstTampering());
    }

    private void appendEvents(int count) {
        for (int i = 0; i < count; i++) {
            int n = i;
            inTransaction(em -> {
                JpaAuditRepository repository = new JpaAuditRepository(em);
                AuditChainHead head = repository.lockHead();
                repository.append(head.append(
                        AuditEntry.forRequest("dpo", "STATUS_CHANGED", "request-" + n, "subject-1", "VERIFIED"),
                        // Nanoseconds, as a system clock may give: the database keeps (and rounds to) microseconds.
                        NOW.plusSeconds(n).plusNanos(789)));
                return null;
            });
        }
    }

    private ChainVerification verify() {
        return inTransaction(em -> {
            JpaAuditRepository repository = new JpaAuditRepository(em);
            ChainVerifier verifier = new ChainVerifier();
            repository.forEachInOrder(verifier::accept);
            return verifier.finish(repository.head());
        });
    }

    private static PrivacyRequest newRequest(DataSubject subject, RequestType type) {
        return new PrivacyRequest(
                subject, type, Channel.PORTAL, "queue@example.org", "details", DEADLINES.responseDeadline(NOW), NOW);
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = database.emf().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
