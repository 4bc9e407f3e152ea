package org.privacyrights.request.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.privacyrights.request.domain.Channel;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestType;

/** A new request as it arrives from any channel. */
public record SubmitRequest(
        @NotNull RequestType type,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = PrivacyRequest.MAX_DETAILS_LENGTH) String details,
        @NotNull Channel channel) {}
