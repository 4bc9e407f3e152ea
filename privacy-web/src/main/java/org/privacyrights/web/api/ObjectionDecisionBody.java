package org.privacyrights.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON body of {@code POST /api/v1/admin/requests/{id}/decide-objection}. */
@Schema(name = "ObjectionDecision")
public class ObjectionDecisionBody {

    @NotNull(message = "is required")
    @Schema(required = true, description = "Whether the subject's grounds prevail")
    public Boolean upheld;

    @NotBlank(message = "is required")
    @Size(max = 2000, message = "has at most 2000 characters")
    @Schema(required = true, description = "The weighing, told to the subject")
    public String reason;

    @Schema(description = "Upheld: disable the mail account (kept, no login, no mail) instead of stopping processing")
    public boolean disableAccount;
}
