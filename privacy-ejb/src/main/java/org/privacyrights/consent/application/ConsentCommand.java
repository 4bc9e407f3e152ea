package org.privacyrights.consent.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.privacyrights.consent.domain.ConsentNotice;

/**
 * A decision to record: the subject by email address, the purpose, granted or withdrawn, the exact notice text shown,
 * and how and from where (the subject's IP address, truncated before it is stored, and user agent).
 */
public record ConsentCommand(
        @NotBlank(message = "is required")
                @Email(message = "is not an email address")
                @Size(max = 254, message = "has at most 254 characters")
                String email,
        @NotBlank(message = "is required") @Size(max = 60, message = "has at most 60 characters") String purpose,
        @NotNull(message = "is required (true or false)") Boolean granted,
        @NotBlank(message = "is required: the exact text the person was shown")
                @Size(max = ConsentNotice.MAX_LENGTH, message = "has at most 20000 characters")
                String noticeText,
        @NotBlank(message = "is required")
                @Pattern(
                        regexp = "[a-z0-9][a-z0-9-]{0,39}",
                        message = "is 1 to 40 lowercase letters, digits and dashes (webmail, helpdesk, chat, ...)")
                String channel,
        @NotBlank(message = "is required: what the person did") @Size(max = 200, message = "has at most 200 characters")
                String action,
        @Size(max = 64, message = "has at most 64 characters") String ipAddress,
        @Size(max = 500, message = "has at most 500 characters") String userAgent) {}
