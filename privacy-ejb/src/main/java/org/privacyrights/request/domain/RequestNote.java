package org.privacyrights.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A staff member's working note on a request; notes are added, never changed. */
@Entity
@Table(name = "request_note")
public class RequestNote {

    public static final int MAX_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "request_note_seq", sequenceName = "request_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_note_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private PrivacyRequest request;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "written_at", nullable = false)
    private OffsetDateTime writtenAt;

    @Column(name = "note_text", nullable = false, length = MAX_LENGTH)
    private String text;

    protected RequestNote() {}

    public RequestNote(PrivacyRequest request, String author, String text, Instant now) {
        this.request = Objects.requireNonNull(request, "request");
        this.author = Objects.requireNonNull(author, "author");
        this.text = Objects.requireNonNull(text, "text");
        this.writtenAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public String author() {
        return author;
    }

    public Instant writtenAt() {
        return writtenAt.toInstant();
    }

    public String text() {
        return text;
    }
}
