package org.privacyrights.request.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.privacyrights.request.domain.Channel;
import org.privacyrights.request.domain.ObjectionScope;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestType;

/** A new request as it arrives from any channel. */
public record SubmitRequest(
        @NotNull RequestType type,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = PrivacyRequest.MAX_DETAILS_LENGTH) String details,
        @NotNull Channel channel,
        @Pattern(regexp = "en|de", message = "must be en or de") String language,
        ObjectionScope objection) {

    /** A request in English, the default language of mails. */
    public SubmitRequest(RequestType type, String email, String details, Channel channel) {
        this(type, email, details, channel, "en", null);
    }

    public SubmitRequest(RequestType type, String email, String details, Channel channel, String language) {
        this(type, email, details, channel, language, null);
    }

    /** The language mails to the subject are written in. */
    public String languageOrDefault() {
        return language == null ? "en" : language;
    }
}
