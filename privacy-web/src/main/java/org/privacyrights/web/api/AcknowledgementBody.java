package org.privacyrights.web.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public class AcknowledgementBody {

    @NotBlank(message = "is required")
    @Email(message = "is not an email address")
    @Size(max = 254, message = "has at most 254 characters")
    public String subject;

    @NotBlank(message = "is required")
    @Size(max = 60, message = "has at most 60 characters")
    public String document;

    @Min(value = 1, message = "is required (1 or more)")
    public int version;

    @NotBlank(message = "is required")
    @Pattern(regexp = "en|de", message = "must be en or de")
    public String language;

    @NotBlank(message = "is required")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "is 1 to 40 lowercase letters, digits and dashes")
    public String channel;

    @Size(max = 64, message = "has at most 64 characters")
    public String ipAddress;

    @Size(max = 500, message = "has at most 500 characters")
    public String userAgent;
}
