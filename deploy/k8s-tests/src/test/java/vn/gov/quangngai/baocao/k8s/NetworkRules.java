package vn.gov.quangngai.baocao.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The network rules of the issue: everything denied unless a policy allows it; every workload has a
 * policy of its own that lets its traffic through; each database is reachable from its service only.
 */
final class NetworkRules {

    private static final int POSTGRES = 5432;

    private NetworkRules() {
    }

    /** A default deny of both directions, and for every workload a policy aimed at it that allows traffic in and out. */
    static List<String> coverageProblems(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        List<ObjectNode> policies = Manifests.ofKind(objects, "NetworkPolicy");
        if (policies.stream().noneMatch(NetworkRules::isDefaultDeny)) {
            problems.add("no NetworkPolicy denies all ingress and egress by default (podSelector {}, both policyTypes, no rules)");
        }
        for (Workload workload : Workload.of(objects)) {
            List<ObjectNode> aimed = policies.stream()
                    .filter(p -> !p.path("spec").path("podSelector").isEmpty())
                    .filter(p -> LabelSelector.matches(p.path("spec").path("podSelector"), workload.podLabels()))
                    .toList();
            if (aimed.stream().noneMatch(p -> !p.path("spec").path("ingress").isEmpty())) {
                problems.add(workload.id() + ": no NetworkPolicy of its own allows any traffic in");
            }
            if (aimed.stream().noneMatch(p -> !p.path("spec").path("egress").isEmpty())) {
                problems.add(workload.id() + ": no NetworkPolicy of its own allows any traffic out");
            }
        }
        return problems;
    }

    /**
     * Who may open a PostgreSQL connection to a database's instances or its pooler: the cluster's own
     * pods (replication, the pooler) and the one workload that owns it ({@code owners}: Cluster name
     * to the owner's Deployment or Keycloak id), nobody else, and never a whole namespace or address range.
     */
    static List<String> databaseProblems(List<ObjectNode> objects, Map<String, String> owners) {
        List<String> problems = new ArrayList<>();
        List<Workload> workloads = Workload.of(objects);
        List<ObjectNode> policies = Manifests.ofKind(objects, "NetworkPolicy");
        for (ObjectNode cluster : Manifests.ofKind(objects, "Cluster")) {
            String name = cluster.path("metadata").path("name").asText();
            Set<String> allowed = Set.of(Manifests.id(cluster), owners.getOrDefault(name, "(no owner named)"));
            for (Workload database : workloads) {
                if (!name.equals(database.podLabels().get("cnpg.io/cluster"))) {
                    continue;
                }
                for (ObjectNode policy : policies) {
                    if (!LabelSelector.matches(policy.path("spec").path("podSelector"), database.podLabels())) {
                        continue;
                    }
                    for (JsonNode rule : policy.path("spec").path("ingress")) {
                        if (!opensPort(rule, POSTGRES)) {
                            continue;
                        }
                        String where = Manifests.id(policy) + " lets ";
                        if (rule.path("from").isEmpty()) {
                            problems.add(where + "anyone reach " + database.id() + " on " + POSTGRES);
                        }
                        for (JsonNode peer : rule.path("from")) {
                            if (peer.has("ipBlock") || peer.has("namespaceSelector")) {
                                problems.add(where + "a whole namespace or address range reach " + database.id() + " on " + POSTGRES);
                                continue;
                            }
                            for (Workload client : workloads) {
                                boolean sameCluster = name.equals(client.podLabels().get("cnpg.io/cluster"));
                                if (LabelSelector.matches(peer.path("podSelector"), client.podLabels())
                                        && !sameCluster && !allowed.contains(client.id())) {
                                    problems.add(where + client.id() + " reach " + database.id() + ", which only " + allowed + " may");
                                }
                            }
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static boolean isDefaultDeny(ObjectNode policy) {
        JsonNode spec = policy.path("spec");
        List<String> declared = new ArrayList<>();
        spec.path("policyTypes").forEach(t -> declared.add(t.asText()));
        return spec.path("podSelector").isEmpty() && declared.containsAll(List.of("Ingress", "Egress"))
                && spec.path("ingress").isEmpty() && spec.path("egress").isEmpty();
    }

    /** A rule without ports opens every port. Named ports are not resolved: the suite's policies use numbers. */
    private static boolean opensPort(JsonNode rule, int port) {
        if (rule.path("ports").isEmpty()) {
            return true;
        }
        for (JsonNode p : rule.path("ports")) {
            if (p.path("port").asInt(-1) == port || p.path("port").isMissingNode()) {
                return true;
            }
        }
        return false;
    }
}
