package org.privacyrights.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.privacyrights.request.domain.PrivacyRequest;

/** A staff action that needs a reason (deny, cancel). */
public class ReasonBody {

    @NotBlank(message = "is required")
    @Size(max = PrivacyRequest.MAX_REASON_LENGTH, message = "has at most 2000 characters")
    public String reason;
}
