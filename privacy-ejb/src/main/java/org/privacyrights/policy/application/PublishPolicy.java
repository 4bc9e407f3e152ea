package org.privacyrights.policy.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.privacyrights.policy.domain.PolicyVersion;

/** A new version of a document, in one or more languages; it becomes the current version once published. */
public record PublishPolicy(
        @NotBlank(message = "is required")
                @Pattern(
                        regexp = "[a-z0-9][a-z0-9-]{0,59}",
                        message = "is 1 to 60 lowercase letters, digits and dashes")
                String document,
        @NotBlank(message = "is required")
                @Pattern(
                        regexp = "[a-z0-9][a-z0-9-]{0,39}",
                        message = "is 1 to 40 lowercase letters, digits and dashes")
                String channel,
        @NotNull(message = "is required (true when people must accept this version before they go on)")
                Boolean requiresAcknowledgement,
        @NotEmpty(message = "needs at least one language") List<@Valid Text> texts) {

    /** The document in one language. */
    public record Text(
            @NotBlank(message = "is required") @Pattern(regexp = "en|de", message = "must be en or de") String language,
            @NotBlank(message = "is required") @Size(max = 200, message = "has at most 200 characters") String title,
            @NotBlank(message = "is required")
                    @Size(max = PolicyVersion.MAX_BODY_LENGTH, message = "has at most 100000 characters")
                    String body) {}
}
