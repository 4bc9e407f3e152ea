package org.privacyrights.web.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON body of {@code POST /api/v1/admin/requests/{id}/approve-erasure}: the categories this erasure keeps. */
@Schema(name = "ErasureScope")
public class ErasureScopeBody {

    @NotNull(message = "is required (an empty list keeps nothing but legal holds)")
    @Size(max = 50, message = "has at most 50 categories")
    @Schema(required = true, example = "[\"mail.message.other-mailbox\"]")
    public Set<String> keep;
}
