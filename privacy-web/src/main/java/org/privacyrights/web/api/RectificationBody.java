package org.privacyrights.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON body of {@code POST /api/v1/admin/requests/{id}/approve-rectification}. */
@Schema(name = "Rectification")
public class RectificationBody {

    @NotBlank(message = "is required")
    @Schema(
            required = true,
            enumeration = {"displayName"})
    public String attribute;

    @NotBlank(message = "is required")
    @Size(max = 200, message = "has at most 200 characters")
    @Schema(required = true, example = "Augusta Ada King")
    public String value;
}
