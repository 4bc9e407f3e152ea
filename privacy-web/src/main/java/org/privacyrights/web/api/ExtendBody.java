package org.privacyrights.web.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.privacyrights.request.domain.PrivacyRequest;

/** Art. 12(3): up to two further months, with the reasons the subject will be given. */
public class ExtendBody {

    @NotNull(message = "is required")
    @Min(value = 1, message = "is at least 1")
    @Max(value = 2, message = "is at most 2")
    public Integer months;

    @NotBlank(message = "is required")
    @Size(max = PrivacyRequest.MAX_REASON_LENGTH, message = "has at most 2000 characters")
    public String reason;
}
