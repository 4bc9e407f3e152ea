package org.privacyrights.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

public class ApiClientBody {

    @NotBlank(message = "is required")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,99}", message = "is 1 to 100 lowercase letters, digits and dashes")
    public String name;
}
