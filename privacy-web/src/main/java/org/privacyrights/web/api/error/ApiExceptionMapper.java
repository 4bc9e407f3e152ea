package org.privacyrights.web.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** One mapper for everything, so no error escapes as HTML or with a stack trace. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable error) {
        Response response = ErrorTranslator.translate(error).toResponse();
        if (response.getStatus() == 429) {
            // Limits count over an hour: a client that waits that long is sure to be let through.
            return Response.fromResponse(response).header("Retry-After", "3600").build();
        }
        return response;
    }
}
