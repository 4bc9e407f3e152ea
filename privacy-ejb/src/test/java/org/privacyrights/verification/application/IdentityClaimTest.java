package org.privacyrights.verification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.subject.domain.IdentityKind;

class IdentityClaimTest {

    @Test
    void anAddressIsComparedAsTheSubjectsAddressesAre() {
        IdentityClaim claim = IdentityClaim.of(" Ada@Old.Example ", null, null);

        assertThat(claim.kind()).isEqualTo(IdentityKind.EMAIL);
        assertThat(claim.value()).isEqualTo("ada@old.example");
    }

    @Test
    void aCustomerNumberNamesItsSystemAndKeepsItsCase() {
        IdentityClaim claim = IdentityClaim.of(null, " C-1815x ", " helpdesk ");

        assertThat(claim).isEqualTo(new IdentityClaim(IdentityKind.CUSTOMER_ID, "helpdesk", "C-1815x"));
        assertThat(claim.rateKey()).isEqualTo("CUSTOMER_ID:helpdesk:C-1815x");
    }

    @Test
    void exactlyOneIdentityIsClaimedAtATime() {
        assertThatThrownBy(() -> IdentityClaim.of(null, null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> IdentityClaim.of("ada@old.example", "C-1", "helpdesk"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> IdentityClaim.of(null, "C-1", " "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("system");
    }
}
