package org.privacyrights.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class TokenRequestBody {

    @NotBlank(message = "is required")
    @Size(max = 100, message = "has at most 100 characters")
    public String username;

    @NotBlank(message = "is required")
    @Size(max = 200, message = "has at most 200 characters")
    public String password;
}
