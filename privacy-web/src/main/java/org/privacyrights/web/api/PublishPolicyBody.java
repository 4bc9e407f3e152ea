package org.privacyrights.web.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.privacyrights.policy.application.PublishPolicy;

/** A new policy version as staff post it. */
public class PublishPolicyBody {

    @NotBlank(message = "is required")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "is 1 to 60 lowercase letters, digits and dashes")
    public String document;

    @NotBlank(message = "is required")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "is 1 to 40 lowercase letters, digits and dashes")
    public String channel;

    @NotNull(message = "is required (true when people must accept this version before they go on)")
    public Boolean requiresAcknowledgement;

    @NotEmpty(message = "needs at least one language")
    public List<@Valid TextBody> texts;

    /** The document in one language. */
    public static class TextBody {

        @NotBlank(message = "is required")
        @Pattern(regexp = "en|de", message = "must be en or de")
        public String language;

        @NotBlank(message = "is required")
        @Size(max = 200, message = "has at most 200 characters")
        public String title;

        @NotBlank(message = "is required")
        @Size(max = 100_000, message = "has at most 100000 characters")
        public String body;
    }

    PublishPolicy command() {
        return new PublishPolicy(
                document,
                channel,
                requiresAcknowledgement,
                texts.stream()
                        .map(text -> new PublishPolicy.Text(text.language, text.title, text.body))
                        .toList());
    }
}
