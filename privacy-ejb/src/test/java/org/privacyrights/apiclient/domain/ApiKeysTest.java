package org.privacyrights.apiclient.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void newKeysHaveTheShapeTheCheckAcceptsAndDiffer() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String key = ApiKeys.newKey();
            assertThat(ApiKeys.looksLikeKey(key)).as(key).isTrue();
            keys.add(key);
        }
        assertThat(keys).hasSize(100);
    }

    @Test
    void somethingElseIsNotAKey() {
        String key = ApiKeys.newKey();
        assertThat(ApiKeys.looksLikeKey(null)).isFalse();
        assertThat(ApiKeys.looksLikeKey(key.substring(1))).isFalse();
        assertThat(ApiKeys.looksLikeKey(key + "A")).isFalse();
        assertThat(ApiKeys.looksLikeKey(key.substring(0, key.length() - 1) + "="))
                .isFalse();
    }

    @Test
    void theStoredFormIsTheSha256() {
        assertThat(ApiKeys.hash("prk_x")).hasSize(64).isNotEqualTo(ApiKeys.hash("prk_y"));
    }
}
