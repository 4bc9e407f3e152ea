package org.privacyrights.web.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON body of {@code POST /api/v1/requests/{id}/identities}: another address, or a customer number. */
@Schema(name = "Identity")
public class IdentityBody {

    @Email(message = "is not an email address")
    @Size(max = 254, message = "has at most 254 characters")
    @Schema(example = "ada@old-provider.example", description = "Another address of yours (or a customer number)")
    public String email;

    @Size(max = 100, message = "has at most 100 characters")
    @Schema(example = "C-1815", description = "A customer number (or an address)")
    public String customerId;

    @Size(max = 100, message = "has at most 100 characters")
    @Schema(example = "helpdesk", description = "The system the customer number belongs to")
    public String system;
}
