package vn.gov.quangngai.baocao.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.identity.RealmDefinition;

/** The realm import of deploy/k8s is the one made from identity/, and it is a production realm. */
class ProductionRealmTest {

    private static final Path REALM_IMPORT = Manifests.k8sDirectory().resolve("base/keycloak/realm-import.yaml");
    private static final Set<String> BASE_HOSTS = Set.of(ProductionRealm.CONSOLE_HOST, ProductionRealm.REPORT_HOST, ProductionRealm.AGGREGATION_HOST);
    private static final String HEADER = """
            # The production realm baocao, imported once by the Keycloak Operator (it never updates a
            # realm that exists). Made from identity/src/main/resources/realm/baocao-realm.json by
            # deploy/k8s-tests' ProductionRealm, which says what it changes; ProductionRealmTest fails
            # when this file and identity/ part. Rewrite it, never edit it by hand:
            #   ./mvnw -pl deploy/k8s-tests -am test -Dtest=ProductionRealmTest -Dsurefire.failIfNoSpecifiedTests=false -Dk8s.write-realm=true
            # The clients' secrets are placeholders, filled from the Secrets of README.md.
            """;

    @Test
    void realmImportIsTheOneMadeFromIdentity() throws IOException {
        ObjectNode expected = ProductionRealm.realmImport();
        if (Boolean.getBoolean("k8s.write-realm")) {
            YAMLMapper yaml = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();
            Files.writeString(REALM_IMPORT, HEADER + yaml.writeValueAsString(expected));
        }
        List<ObjectNode> committed = Manifests.parse(Files.readString(REALM_IMPORT));

        assertThat(committed)
                .as("%s is made from identity/ by ProductionRealm: rewrite it with -Dk8s.write-realm=true", REALM_IMPORT)
                .containsExactly(expected);
    }

    @Test
    void productionRealmPassesTheProductionRules() {
        assertThat(RealmRules.problems(ProductionRealm.realm(), BASE_HOSTS)).isEmpty();
    }

    @Test
    void developmentRealmFailsTheProductionRules() {
        List<String> problems = RealmRules.problems(RealmDefinition.development().json(), BASE_HOSTS);

        assertThat(problems).anyMatch(p -> p.equals("user alice is a person: a production realm has none"))
                .anyMatch(p -> p.equals("user alice has credentials"))
                .anyMatch(p -> p.equals("client baocao-cli allows the password grant (directAccessGrantsEnabled)"))
                .anyMatch(p -> p.startsWith("client report-service holds a secret"))
                .anyMatch(p -> p.startsWith("client baocao-console redirect URI http://127.0.0.1:8080/* is not https"));
    }

    @Test
    void realmWithoutBruteForceProtectionOrLifetimesFailsTheRules() {
        ObjectNode realm = ProductionRealm.realm();
        realm.put("bruteForceProtected", false);
        realm.remove("ssoSessionMaxLifespan");
        ((ObjectNode) realm.get("clients").get(0)).putArray("redirectUris").add("https://*.baocao.example/*");

        assertThat(RealmRules.problems(realm, BASE_HOSTS)).contains(
                "bruteForceProtected is not on",
                "ssoSessionMaxLifespan is not stated")
                .anyMatch(p -> p.contains("https://*.baocao.example/* is not on one of the public hosts"));
    }
}
