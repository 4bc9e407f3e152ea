package org.privacyrights.web.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

public class NewStaffBody {

    @NotBlank(message = "is required")
    @Size(max = 100, message = "has at most 100 characters")
    @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may contain letters, digits and . _ @ - only")
    public String username;

    @NotBlank(message = "is required")
    @Size(max = 200, message = "has at most 200 characters")
    public String displayName;

    @NotEmpty(message = "is required")
    public List<@Pattern(regexp = "ADMIN|DPO|AGENT|AUDITOR", message = "must be ADMIN, DPO, AGENT or AUDITOR") String>
            roles;

    @NotBlank(message = "is required")
    @Size(min = 12, max = 200, message = "has 12 to 200 characters")
    public String password;

    /** Where notices about the account go (a sign-in paused after too many attempts); optional. */
    @Size(max = 320, message = "has at most 320 characters")
    @Email(message = "is not an email address")
    public String email;

    @Pattern(regexp = "en|de", message = "must be en or de")
    public String language;
}
