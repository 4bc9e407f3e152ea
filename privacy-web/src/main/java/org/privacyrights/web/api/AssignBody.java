package org.privacyrights.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class AssignBody {

    @NotBlank(message = "is required")
    @Size(max = 100, message = "has at most 100 characters")
    public String assignee;
}
