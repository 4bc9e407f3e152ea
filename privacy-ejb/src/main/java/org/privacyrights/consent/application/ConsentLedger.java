package org.privacyrights.consent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.consent.domain.ConsentPurpose;
import org.privacyrights.consent.domain.ConsentRecord;
import org.privacyrights.consent.domain.ConsentRepository;
import org.privacyrights.consent.domain.ConsentSource;
import org.privacyrights.subject.domain.DataSubject;

/**
 * Writes one decision inside the caller's transaction: the audit event that repeats the seal first, then the record
 * that names it, then the current state. The boundaries that call it have checked who may decide.
 */
@ApplicationScoped
public class ConsentLedger {

    @Inject
    ConsentRepository consents;

    @Inject
    AuditTrail audit;

    public ConsentReceipt write(
            DataSubject subject,
            ConsentPurpose purpose,
            boolean granted,
            String noticeHash,
            ConsentSource source,
            Instant now,
            String recordedBy) {
        ConsentRecord record = new ConsentRecord(subject, purpose.code(), granted, noticeHash, now, source, recordedBy);
        AuditEntry entry = new AuditEntry(
                recordedBy, ConsentRecord.AUDIT_ACTION, null, subject.publicId(), null, record.auditDetail());
        record.vouchedBy(audit.record(entry).sequence());
        consents.append(record);
        consents.follow(record);
        return ConsentService.receipt(record);
    }
}
