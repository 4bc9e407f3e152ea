package org.privacyrights.web.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.privacyrights.consent.application.ConsentCommand;

/** A decision as another system posts it; the same checks as the command it becomes. */
public class ConsentBody {

    @NotBlank(message = "is required")
    @Email(message = "is not an email address")
    @Size(max = 254, message = "has at most 254 characters")
    public String email;

    @NotBlank(message = "is required")
    @Size(max = 60, message = "has at most 60 characters")
    public String purpose;

    @NotNull(message = "is required (true or false)")
    public Boolean granted;

    @NotBlank(message = "is required: the exact text the person was shown")
    @Size(max = 20_000, message = "has at most 20000 characters")
    public String noticeText;

    @NotBlank(message = "is required")
    @Pattern(
            regexp = "[a-z0-9][a-z0-9-]{0,39}",
            message = "is 1 to 40 lowercase letters, digits and dashes (webmail, helpdesk, chat, ...)")
    public String channel;

    @NotBlank(message = "is required: what the person did")
    @Size(max = 200, message = "has at most 200 characters")
    public String action;

    @Size(max = 64, message = "has at most 64 characters")
    public String ipAddress;

    @Size(max = 500, message = "has at most 500 characters")
    public String userAgent;

    ConsentCommand command() {
        return new ConsentCommand(email, purpose, granted, noticeText, channel, action, ipAddress, userAgent);
    }
}
