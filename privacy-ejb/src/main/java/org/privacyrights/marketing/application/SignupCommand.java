package org.privacyrights.marketing.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A sign-up from a web form: the address, the purpose, the text the form showed, the language for the mail. */
public record SignupCommand(
        @NotBlank(message = "is required")
                @Email(message = "is not an email address")
                @Size(max = 254, message = "has at most 254 characters")
                String email,
        @NotBlank(message = "is required") @Size(max = 60, message = "has at most 60 characters") String purpose,
        @NotBlank(message = "is required: the exact text the form showed")
                @Size(max = 2000, message = "has at most 2000 characters")
                String noticeText,
        @Pattern(regexp = "en|de", message = "must be en or de") String language) {}
