package org.privacyrights.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Something a subject can consent to, such as the newsletter or sharing with a named partner. */
@Entity
@Table(name = "consent_purpose")
public class ConsentPurpose {

    @Id
    @Column(length = 60)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "sale_or_sharing", nullable = false)
    private boolean saleOrSharing;

    @Column(name = "direct_marketing", nullable = false)
    private boolean directMarketing;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ConsentPurpose() {}

    public ConsentPurpose(String code, String name, String description, boolean saleOrSharing, Instant now) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.saleOrSharing = saleOrSharing;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** Direct marketing: an objection to it (absolute, Art. 21(3)) withdraws this purpose. */
    public boolean directMarketing() {
        return directMarketing;
    }

    /** Selling the data or sharing it with third parties: what a Global Privacy Control signal opts out of. */
    public boolean saleOrSharing() {
        return saleOrSharing;
    }
}
