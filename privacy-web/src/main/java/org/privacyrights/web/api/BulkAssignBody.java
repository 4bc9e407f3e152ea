package org.privacyrights.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

public class BulkAssignBody {

    @NotEmpty(message = "is required")
    @Size(max = 500, message = "has at most 500 requests")
    public List<@NotBlank(message = "must not be blank") String> requestIds;

    @NotBlank(message = "is required")
    @Size(max = 100, message = "has at most 100 characters")
    public String assignee;

    /** How many requests were assigned. */
    public record Result(int assigned) {}
}
