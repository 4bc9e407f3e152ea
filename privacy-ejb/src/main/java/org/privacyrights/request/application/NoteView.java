package org.privacyrights.request.application;

import java.time.Instant;
import org.privacyrights.request.domain.RequestNote;

/** A staff member's note on a request. */
public record NoteView(String author, Instant writtenAt, String text) {

    static NoteView of(RequestNote note) {
        return new NoteView(note.author(), note.writtenAt(), note.text());
    }
}
