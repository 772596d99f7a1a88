package vn.gov.quangngai.baocao.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The renderer is the one the manifests are written for: kubectl 1.32 or newer, with its kustomize 5.5. */
class KubectlTest {

    @Test
    void kubectlIs132OrNewer() throws Exception {
        JsonNode version = Manifests.YAML.readTree(Kustomize.clientVersion());
        int major = Integer.parseInt(version.path("clientVersion").path("major").asText());
        int minor = Integer.parseInt(version.path("clientVersion").path("minor").asText().replaceAll("\\D.*", ""));
        String kustomize = version.path("kustomizeVersion").asText();

        assertThat(major * 1000 + minor).as("kubectl %s.%s: %s", major, minor, Kustomize.MISSING).isGreaterThanOrEqualTo(1032);
        assertThat(kustomize).as("kubectl's kustomize").matches("v5\\.([5-9]|\\d{2,})\\..*");
    }
}
