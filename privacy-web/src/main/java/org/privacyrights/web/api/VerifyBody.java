package org.privacyrights.web.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON body of {@code POST /api/v1/requests/{id}/verify}: the code from the mail, or the link's token. */
@Schema(name = "Verify")
public class VerifyBody {

    @Size(max = 20, message = "has at most 20 characters")
    @Schema(example = "042917", description = "The six-digit code from the mail")
    public String code;

    @Size(max = 100, message = "has at most 100 characters")
    @Schema(description = "The token from the mail's link, instead of the code")
    public String token;
}
