package org.privacyrights.web.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.privacyrights.request.domain.PrivacyRequest;

/** The JSON body of {@code POST /api/v1/requests}. The type is text here so that an unknown one names the field. */
@Schema(name = "SubmitRequest")
public class SubmitRequestBody {

    @NotBlank(message = "is required")
    @Schema(
            required = true,
            enumeration = {
                "INFORMATION",
                "ACCESS",
                "RECTIFICATION",
                "ERASURE",
                "PORTABILITY",
                "OBJECTION",
                "RESTRICTION",
                "AUTOMATED_DECISION_REVIEW"
            })
    public String type;

    @NotBlank(message = "is required")
    @Email(message = "is not an email address")
    @Size(max = 254, message = "has at most 254 characters")
    @Schema(required = true, example = "ada@example.org")
    public String email;

    @Size(max = PrivacyRequest.MAX_DETAILS_LENGTH, message = "has at most 4000 characters")
    public String details;

    @Pattern(regexp = "MARKETING|PROCESSING", message = "must be MARKETING or PROCESSING")
    @Schema(
            description = "For an objection: to direct marketing (carried out at once) or to other processing"
                    + " (weighed by staff; the default)",
            enumeration = {"MARKETING", "PROCESSING"})
    public String objection;

    @Schema(
            description = "Only for another system calling with its API key on behalf of its logged-in user: the"
                    + " address is the one that system knows the user by, and its session proves it (no code is"
                    + " mailed). The key needs the VOUCH_FOR_LOGGED_IN_USER scope and the address must be in its"
                    + " domains; the address is mailed that the system filed the request, with a link to stop it."
                    + " The answer is then 200 with the subject token.")
    public Boolean loggedIn;

    @Pattern(regexp = "en|de", message = "must be en or de")
    @Schema(
            description = "Language of the mails to the subject (default en)",
            enumeration = {"en", "de"})
    public String language;
}
