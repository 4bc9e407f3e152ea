package org.privacyrights.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON body of {@code POST /api/v1/admin/requests/{id}/review}: the human reviewer's outcome. */
@Schema(name = "Review")
public class ReviewBody {

    @NotBlank(message = "is required")
    @Size(max = 2000, message = "has at most 2000 characters")
    @Schema(required = true, example = "The credit limit is raised to 2,000 EUR after looking at your income.")
    public String outcome;
}
