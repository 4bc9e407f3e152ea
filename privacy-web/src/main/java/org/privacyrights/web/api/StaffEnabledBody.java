package org.privacyrights.web.api;

import jakarta.validation.constraints.NotNull;

public class StaffEnabledBody {

    @NotNull(message = "is required")
    public Boolean enabled;
}
