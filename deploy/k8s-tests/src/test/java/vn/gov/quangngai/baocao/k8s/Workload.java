package vn.gov.quangngai.baocao.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Something that runs pods, with the labels its pods carry: the Deployments' from their template,
 * the operators' from what CloudNativePG 1.30 and the Keycloak Operator put on the pods they make
 * (pkg/specs of the one, Constants.DEFAULT_LABELS of the other).
 */
record Workload(String id, Map<String, String> podLabels) {

    static List<Workload> of(List<ObjectNode> objects) {
        List<Workload> workloads = new ArrayList<>();
        for (ObjectNode object : objects) {
            String name = object.path("metadata").path("name").asText();
            switch (object.path("kind").asText()) {
                case "Deployment" -> workloads.add(new Workload(Manifests.id(object),
                        labels(object.path("spec").path("template").path("metadata").path("labels"))));
                case "Cluster" -> workloads.add(new Workload(Manifests.id(object),
                        Map.of("cnpg.io/cluster", name, "cnpg.io/podRole", "instance")));
                case "Pooler" -> workloads.add(new Workload(Manifests.id(object), Map.of(
                        "cnpg.io/poolerName", name,
                        "cnpg.io/cluster", object.path("spec").path("cluster").path("name").asText(),
                        "cnpg.io/podRole", "pooler")));
                case "Keycloak" -> workloads.add(new Workload(Manifests.id(object), Map.of(
                        "app", "keycloak",
                        "app.kubernetes.io/managed-by", "keycloak-operator",
                        "app.kubernetes.io/instance", name)));
                default -> {
                }
            }
        }
        return workloads;
    }

    private static Map<String, String> labels(JsonNode labels) {
        Map<String, String> map = new LinkedHashMap<>();
        labels.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }
}
