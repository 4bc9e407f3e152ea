package org.privacyrights.web.config.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LdapNamesTest {

    @Test
    void aUserNameCannotAddComponentsToTheDn() {
        assertThat(LdapNames.userDn("uid={0},ou=people,dc=example,dc=org", "eve,ou=admins"))
                .isEqualTo("uid=eve\\,ou\\=admins,ou=people,dc=example,dc=org");
    }

    @Test
    void specialCharactersAndEdgesAreEscaped() {
        assertThat(LdapNames.escapeDnValue(" #a+b\"c<d>e;f\\g ")).isEqualTo("\\ #a\\+b\\\"c\\<d\\>e\\;f\\\\g\\ ");
        assertThat(LdapNames.escapeDnValue("#lead")).isEqualTo("\\#lead");
        assertThat(LdapNames.escapeDnValue("plain.name")).isEqualTo("plain.name");
    }

    @Test
    void groupsMapToRoles() {
        assertThat(LdapNames.parseRoleMapping("privacy-dpo=DPO, privacy-admins = ADMIN,broken"))
                .containsEntry("privacy-dpo", "DPO")
                .containsEntry("privacy-admins", "ADMIN")
                .hasSize(2);
    }
}
