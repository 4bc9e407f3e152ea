package org.privacyrights.web.api.error;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** More specific than the runtime's own mapper for validation errors, which answers without naming the field. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException error) {
        return ErrorTranslator.translate(error).toResponse();
    }
}
