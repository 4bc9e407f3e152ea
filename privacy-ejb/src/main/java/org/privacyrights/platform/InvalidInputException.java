package org.privacyrights.platform;

import jakarta.ejb.ApplicationException;
import java.util.Optional;

/** Input a user or client got wrong: names the field where there is one. Nothing was changed. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
