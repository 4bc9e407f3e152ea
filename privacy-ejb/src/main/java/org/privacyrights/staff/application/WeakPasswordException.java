package org.privacyrights.staff.application;

import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.staff.domain.PasswordRules;

/** A password the rules refuse; names the field and the rule, so a page can say it in the user's language. */
public class WeakPasswordException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final PasswordRules.Weakness weakness;

    public WeakPasswordException(String field, PasswordRules.Weakness weakness) {
        super(field, PasswordRules.explain(weakness));
        this.weakness = weakness;
    }

    public PasswordRules.Weakness weakness() {
        return weakness;
    }
}
