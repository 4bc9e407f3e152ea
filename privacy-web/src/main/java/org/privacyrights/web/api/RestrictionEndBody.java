package org.privacyrights.web.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The JSON body of {@code PUT /api/v1/admin/requests/{id}/restriction-end}: the day the restriction ends. */
public class RestrictionEndBody {

    @NotNull(message = "is required")
    @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "is a date like 2026-12-31")
    public String endsOn;
}
