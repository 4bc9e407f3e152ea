package org.privacyrights.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class NoteBody {

    @NotBlank(message = "is required")
    @Size(max = 2000, message = "has at most 2000 characters")
    public String text;
}
