package org.privacyrights.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Privacy rights platform API",
                        version = "1",
                        description =
                                "Submit GDPR requests, follow their progress, and act on them as staff; record and"
                                        + " check consent from other systems."))
@SecurityScheme(securitySchemeName = "staff", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(
        securitySchemeName = "staffToken",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A staff API token from POST /api/v1/auth/token (pst....), instead of Basic on every call")
@SecurityScheme(
        securitySchemeName = "system",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An API key an administrator issued to the calling system (prk_...)")
public class RestApplication extends Application {}
