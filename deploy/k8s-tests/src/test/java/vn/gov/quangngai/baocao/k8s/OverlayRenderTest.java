package vn.gov.quangngai.baocao.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every overlay, rendered by kubectl kustomize, holds the whole suite and keeps the rules of issue 22. */
class OverlayRenderTest {

    static final List<String> OVERLAYS = Overlays.ALL;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void rendersEveryPartOfTheSuite(String overlay) {
        Map<String, Integer> kinds = new TreeMap<>();
        Overlays.rendered(overlay).forEach(o -> kinds.merge(o.path("kind").asText(), 1, Integer::sum));

        assertThat(kinds).containsEntry("Deployment", 3).containsEntry("Service", 3)
                .containsEntry("PodDisruptionBudget", 3).containsEntry("HorizontalPodAutoscaler", 3)
                .containsEntry("Cluster", 3).containsEntry("Pooler", 2).containsEntry("ScheduledBackup", 3)
                .containsEntry("Keycloak", 1).containsEntry("KeycloakRealmImport", 1).containsEntry("Ingress", 4);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyObjectValidatesAgainstItsSchema(String overlay) {
        List<String> problems = new ArrayList<>();
        Overlays.rendered(overlay).forEach(o -> problems.addAll(Overlays.schemas().problems(o)));

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void deploymentsHaveProbesResourcesAndALockedDownSecurityContext(String overlay) {
        assertThat(DeploymentRules.problems(Overlays.rendered(overlay))).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void noSecretHoldsData(String overlay) {
        assertThat(SecretRules.problems(Overlays.rendered(overlay))).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyVariableSetIsOneTheApplicationReads(String overlay) {
        assertThat(EnvironmentRules.problems(Overlays.rendered(overlay), Manifests.repositoryRoot())).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everySecretReferredToIsMadeByAnOperatorOrTheReadme(String overlay) {
        assertThat(SecretRules.undocumented(Overlays.rendered(overlay), Manifests.readme())).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everythingIsDeniedAndEveryWorkloadHasItsOwnPolicies(String overlay) {
        assertThat(NetworkRules.coverageProblems(Overlays.rendered(overlay))).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachDatabaseIsReachableFromItsServiceOnly(String overlay) {
        assertThat(NetworkRules.databaseProblems(Overlays.rendered(overlay), Overlays.DATABASE_OWNERS)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyPublicHostIsServedOverTls(String overlay) {
        assertThat(IngressRules.problems(Overlays.rendered(overlay))).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void realmImportIsAProductionRealmOfTheOverlaysOwnHosts(String overlay) {
        List<ObjectNode> objects = Overlays.rendered(overlay);
        JsonNode realm = Manifests.ofKind(objects, "KeycloakRealmImport").get(0).path("spec").path("realm");

        assertThat(RealmRules.problems(realm, IngressRules.hosts(objects))).isEmpty();
    }

    @Test
    void productionRunsTwoOfEveryPodAndThreeOfEveryDatabase() {
        assertThat(DeploymentRules.replicaProblems(Overlays.rendered("prod"), 2, 3)).isEmpty();
    }

    @Test
    void overlaysDifferInTheirHosts() {
        assertThat(IngressRules.hosts(Overlays.rendered("dev"))).doesNotContainAnyElementsOf(IngressRules.hosts(Overlays.rendered("prod")));
    }
}
