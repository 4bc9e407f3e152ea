package org.privacyrights.web.api.error;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The JSON body of every API error. */
@JsonbPropertyOrder({"status", "error", "message", "field", "violations"})
public record ErrorBody(int status, String error, String message, String field, List<Violation> violations) {

    /** One invalid field. */
    public record Violation(String field, String message) {}

    public static ErrorBody of(int status, String error, String message) {
        return new ErrorBody(status, error, message, null, List.of());
    }

    public static ErrorBody invalid(String field, String message) {
        return new ErrorBody(
                400, "invalid_input", field + " " + message, field, List.of(new Violation(field, message)));
    }

    public Response toResponse() {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(this)
                .build();
    }
}
