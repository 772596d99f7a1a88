package vn.gov.quangngai.baocao.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every Deployment of the suite must have: the three health probes on Quarkus' endpoints,
 * requests and limits, a locked-down security context with a writable /tmp only, and a rolling
 * update that never goes below the ready pods asked for.
 */
final class DeploymentRules {

    private static final Map<String, String> PROBES = Map.of(
            "startupProbe", "/q/health/started",
            "readinessProbe", "/q/health/ready",
            "livenessProbe", "/q/health/live");

    private DeploymentRules() {
    }

    static List<String> problems(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : Manifests.ofKind(objects, "Deployment")) {
            String id = Manifests.id(deployment);
            JsonNode spec = deployment.path("spec");
            JsonNode update = spec.path("strategy");
            if (!"RollingUpdate".equals(update.path("type").asText()) || !"0".equals(update.path("rollingUpdate").path("maxUnavailable").asText())) {
                problems.add(id + ": the strategy must be RollingUpdate with maxUnavailable 0");
            }
            JsonNode pod = spec.path("template").path("spec");
            JsonNode containers = pod.path("containers");
            if (containers.isEmpty()) {
                problems.add(id + ": no containers");
            }
            for (JsonNode container : containers) {
                problems.addAll(container(id + " container " + container.path("name").asText(), container, pod));
            }
        }
        return problems;
    }

    private static List<String> container(String id, JsonNode container, JsonNode pod) {
        List<String> problems = new ArrayList<>();
        PROBES.forEach((probe, path) -> {
            if (!path.equals(container.path(probe).path("httpGet").path("path").asText())) {
                problems.add(id + ": " + probe + " must get " + path);
            }
        });
        for (String bound : new String[] {"requests", "limits"}) {
            for (String resource : new String[] {"cpu", "memory"}) {
                if (container.path("resources").path(bound).path(resource).asText().isEmpty()) {
                    problems.add(id + ": resources." + bound + "." + resource + " missing");
                }
            }
        }
        JsonNode security = container.path("securityContext");
        JsonNode podSecurity = pod.path("securityContext");
        if (!security.path("runAsNonRoot").asBoolean(podSecurity.path("runAsNonRoot").asBoolean(false))) {
            problems.add(id + ": runAsNonRoot must be true");
        }
        if (security.path("runAsUser").asLong(podSecurity.path("runAsUser").asLong(0)) <= 0) {
            problems.add(id + ": runAsUser must be a user other than root");
        }
        if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
            problems.add(id + ": readOnlyRootFilesystem must be true");
        }
        if (!security.path("allowPrivilegeEscalation").isBoolean() || security.path("allowPrivilegeEscalation").asBoolean()) {
            problems.add(id + ": allowPrivilegeEscalation must be false");
        }
        boolean dropsAll = false;
        for (JsonNode capability : security.path("capabilities").path("drop")) {
            dropsAll |= "ALL".equals(capability.asText());
        }
        if (!dropsAll) {
            problems.add(id + ": capabilities must drop ALL");
        }
        String seccomp = security.path("seccompProfile").path("type").asText(podSecurity.path("seccompProfile").path("type").asText());
        if (!"RuntimeDefault".equals(seccomp)) {
            problems.add(id + ": seccompProfile must be RuntimeDefault");
        }
        if (!tmpIsEmptyDir(container, pod)) {
            problems.add(id + ": /tmp must be an emptyDir (the root filesystem is read-only)");
        }
        return problems;
    }

    private static boolean tmpIsEmptyDir(JsonNode container, JsonNode pod) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if ("/tmp".equals(mount.path("mountPath").asText())) {
                for (JsonNode volume : pod.path("volumes")) {
                    if (volume.path("name").asText().equals(mount.path("name").asText()) && volume.has("emptyDir")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Availability in production: every Deployment, its autoscaler's floor, each database and Keycloak. */
    static List<String> replicaProblems(List<ObjectNode> objects, int minimum, int databaseInstances) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : Manifests.ofKind(objects, "Deployment")) {
            if (deployment.path("spec").path("replicas").asInt(1) < minimum) {
                problems.add(Manifests.id(deployment) + ": replicas must be at least " + minimum);
            }
        }
        for (ObjectNode autoscaler : Manifests.ofKind(objects, "HorizontalPodAutoscaler")) {
            if (autoscaler.path("spec").path("minReplicas").asInt(1) < minimum) {
                problems.add(Manifests.id(autoscaler) + ": minReplicas must be at least " + minimum);
            }
        }
        for (ObjectNode keycloak : Manifests.ofKind(objects, "Keycloak")) {
            if (keycloak.path("spec").path("instances").asInt(1) < minimum) {
                problems.add(Manifests.id(keycloak) + ": instances must be at least " + minimum);
            }
        }
        for (ObjectNode cluster : Manifests.ofKind(objects, "Cluster")) {
            if (cluster.path("spec").path("instances").asInt(1) < databaseInstances) {
                problems.add(Manifests.id(cluster) + ": instances must be at least " + databaseInstances);
            }
        }
        return problems;
    }
}
