package org.privacyrights.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class PasswordChangeBody {

    @NotBlank(message = "is required")
    @Size(max = 200, message = "has at most 200 characters")
    public String currentPassword;

    @NotBlank(message = "is required")
    @Size(max = 200, message = "has at most 200 characters")
    public String newPassword;
}
