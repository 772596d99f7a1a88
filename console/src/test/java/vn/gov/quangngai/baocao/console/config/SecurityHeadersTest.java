package vn.gov.quangngai.baocao.console.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void formsMayGoOnlyToTheConsoleAndToKeycloaksOrigin() {
        String policy = SecurityHeaders.policy("https://sso.quangngai.gov.vn:8443/realms/baocao");

        assertThat(policy).contains("form-action 'self' https://sso.quangngai.gov.vn:8443").doesNotContain("/realms");
        assertThat(policy).contains("script-src 'self';").doesNotContain("unsafe");
    }
}
