package org.privacyrights.web.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** One mapper for everything, so no error escapes as HTML or with a stack trace. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable error) {
        return ErrorTranslator.translate(error).toResponse();
    }
}
