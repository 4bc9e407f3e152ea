package org.privacyrights.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.privacyrights.apiclient.domain.ApiScope;

/** The JSON body that issues a key: the system's name and what its key may do. */
public class ApiClientBody {

    @NotBlank(message = "is required")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,99}", message = "is 1 to 100 lowercase letters, digits and dashes")
    public String name;

    @NotEmpty(message = "name at least one scope")
    @Schema(
            required = true,
            description = "What the key may do; vouching for logged-in users only with vouchSystem and vouchDomains",
            enumeration = {
                "RECORD_CONSENT",
                "CHECK_CONSENT",
                "LOGIN_GATE",
                "UNSUBSCRIBE_HEADERS",
                "VOUCH_FOR_LOGGED_IN_USER"
            })
    public List<
                    @NotNull(message = "is not a scope")
                    @Pattern(
                            regexp =
                                    "RECORD_CONSENT|CHECK_CONSENT|LOGIN_GATE|UNSUBSCRIBE_HEADERS|VOUCH_FOR_LOGGED_IN_USER",
                            message = "is not a scope")
                    String>
            scopes;

    @Size(max = 100, message = "has at most 100 characters")
    @Schema(description = "For a vouching key: the system it represents, as the address's owner is told it")
    public String vouchSystem;

    @Size(max = 20, message = "has at most 20 domains")
    @Schema(description = "For a vouching key: the address domains it speaks for, e.g. [\"example.org\"]")
    public List<@NotNull(message = "is not a domain") String> vouchDomains;

    Set<ApiScope> scopes() {
        Set<ApiScope> chosen = EnumSet.noneOf(ApiScope.class);
        scopes.forEach(scope -> chosen.add(ApiScope.valueOf(scope)));
        return chosen;
    }
}
