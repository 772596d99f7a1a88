package vn.gov.quangngai.baocao.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule the overlays are held to fails on a fixture that breaks it (src/test/resources/fixtures). */
class RulesRejectFixturesTest {

    @Test
    void unhardenedDeploymentBreaksEveryDeploymentRule() {
        List<String> problems = DeploymentRules.problems(Manifests.fixture("unhardened-deployment.yaml"));

        String id = "Deployment/careless container careless: ";
        assertThat(problems).containsExactlyInAnyOrder(
                "Deployment/careless: the strategy must be RollingUpdate with maxUnavailable 0",
                id + "startupProbe must get /q/health/started",
                id + "readinessProbe must get /q/health/ready",
                id + "livenessProbe must get /q/health/live",
                id + "resources.requests.memory missing",
                id + "resources.limits.cpu missing",
                id + "resources.limits.memory missing",
                id + "runAsNonRoot must be true",
                id + "runAsUser must be a user other than root",
                id + "readOnlyRootFilesystem must be true",
                id + "allowPrivilegeEscalation must be false",
                id + "capabilities must drop ALL",
                id + "seccompProfile must be RuntimeDefault",
                id + "/tmp must be an emptyDir (the root filesystem is read-only)");
    }

    @Test
    void secretWithDataIsRefusedAndAnEmptyOneIsNot() {
        assertThat(SecretRules.problems(Manifests.fixture("secret-with-data.yaml"))).containsExactly(
                "Secret/report-service-oidc: holds data (create it with kubectl create secret, README)",
                "Secret/console-oidc: holds stringData (create it with kubectl create secret, README)");
    }

    @Test
    void workloadWithoutPoliciesOfItsOwnAndNoDefaultDenyAreFound() {
        assertThat(NetworkRules.coverageProblems(Manifests.fixture("uncovered-workload.yaml"))).containsExactly(
                "no NetworkPolicy denies all ingress and egress by default (podSelector {}, both policyTypes, no rules)",
                "Deployment/report-service: no NetworkPolicy of its own allows any traffic in",
                "Deployment/report-service: no NetworkPolicy of its own allows any traffic out");
    }

    @Test
    void databaseOpenToAnotherWorkloadOrANamespaceIsFound() {
        List<String> problems = NetworkRules.databaseProblems(Manifests.fixture("database-open-to-others.yaml"), Overlays.DATABASE_OWNERS);

        assertThat(problems).hasSize(2)
                .anyMatch(p -> p.startsWith("NetworkPolicy/report-db-pooler-rw lets Deployment/console reach Pooler/report-db-pooler-rw"))
                .anyMatch(p -> p.startsWith("NetworkPolicy/report-db lets a whole namespace or address range reach Cluster/report-db"));
    }

    @Test
    void misspeltFieldsWrongTypesAndUnknownKindsFailTheSchemas() {
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : Manifests.fixture("misspelt-fields.yaml")) {
            problems.addAll(Overlays.schemas().problems(object));
        }

        assertThat(problems)
                .anyMatch(p -> p.startsWith("Deployment/report-service: ") && p.contains("readOnlyRootFileSystem"))
                .anyMatch(p -> p.startsWith("Cluster/report-db: ") && p.contains("instance"))
                .anyMatch(p -> p.startsWith("Keycloak/keycloak: ") && p.contains("instances"))
                .anyMatch(p -> p.startsWith("Keycloak/keycloak: ") && p.contains("hostName"))
                .contains("Widget/unknown: no schema kept for example.com/v1 Widget");
    }

    @Test
    void productionWithOneOfEverythingIsFound() {
        assertThat(DeploymentRules.replicaProblems(Manifests.fixture("single-replicas.yaml"), 2, 3)).containsExactly(
                "Deployment/report-service: replicas must be at least 2",
                "HorizontalPodAutoscaler/report-service: minReplicas must be at least 2",
                "Keycloak/keycloak: instances must be at least 2",
                "Cluster/report-db: instances must be at least 3");
    }

    @Test
    void hostWithoutTlsIsFound() {
        assertThat(IngressRules.problems(Manifests.fixture("ingress-without-tls.yaml"))).containsExactly(
                "Ingress/report-service: a tls entry without secretName",
                "Ingress/report-service: host 'report.baocao.example' is not served over TLS");
    }

    @Test
    void variablesTheApplicationDoesNotReadAreFound() {
        assertThat(EnvironmentRules.problems(Manifests.fixture("unread-variables.yaml"), Manifests.repositoryRoot())).containsExactly(
                "Deployment/report-service: sets BAOCAO_REPORT_DB_PASS, which its application.properties does not read",
                "Deployment/report-service: sets BAOCAO_OIDC_URI, which its application.properties does not read");
    }

    @Test
    void secretsNobodyIsToldToCreateAreFound() {
        assertThat(SecretRules.undocumented(Manifests.fixture("undocumented-secrets.yaml"), Manifests.readme())).containsExactly(
                "Deployment/report-service: Secret mystery is made by no command of the README",
                "Deployment/report-service: the README's Secret report-service-oidc has no key admin-secret",
                "Ingress/report-service: Secret report-tls is made by no command of the README");
    }
}
