package org.privacyrights.web.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;

public class StaffRolesBody {

    @NotEmpty(message = "is required")
    public List<@Pattern(regexp = "ADMIN|DPO|AGENT|AUDITOR", message = "must be ADMIN, DPO, AGENT or AUDITOR") String>
            roles;
}
