package org.privacyrights.web.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.privacyrights.marketing.application.SignupCommand;

/** A sign-up as a web form posts it. */
public class SignupBody {

    @NotBlank(message = "is required")
    @Email(message = "is not an email address")
    @Size(max = 254, message = "has at most 254 characters")
    public String email;

    @NotBlank(message = "is required")
    @Size(max = 60, message = "has at most 60 characters")
    public String purpose;

    @NotBlank(message = "is required: the exact text the form showed")
    @Size(max = 2000, message = "has at most 2000 characters")
    public String noticeText;

    @Pattern(regexp = "en|de", message = "must be en or de")
    public String language;

    SignupCommand command() {
        return new SignupCommand(email, purpose, noticeText, language);
    }
}
