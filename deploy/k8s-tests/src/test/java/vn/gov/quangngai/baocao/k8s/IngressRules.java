package vn.gov.quangngai.baocao.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every public host is served over TLS: each Ingress rule's host is named by a tls entry with a secretName. */
final class IngressRules {

    private IngressRules() {
    }

    static List<String> problems(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode ingress : Manifests.ofKind(objects, "Ingress")) {
            Set<String> tlsHosts = new HashSet<>();
            for (JsonNode tls : ingress.path("spec").path("tls")) {
                if (tls.path("secretName").asText().isEmpty()) {
                    problems.add(Manifests.id(ingress) + ": a tls entry without secretName");
                }
                tls.path("hosts").forEach(h -> tlsHosts.add(h.asText()));
            }
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                String host = rule.path("host").asText();
                if (host.isEmpty() || !tlsHosts.contains(host)) {
                    problems.add(Manifests.id(ingress) + ": host '" + host + "' is not served over TLS");
                }
            }
        }
        return problems;
    }

    /** The hosts the Ingresses publish: a realm's redirect URIs may name these only. */
    static Set<String> hosts(List<ObjectNode> objects) {
        Set<String> hosts = new HashSet<>();
        for (ObjectNode ingress : Manifests.ofKind(objects, "Ingress")) {
            ingress.path("spec").path("rules").forEach(r -> hosts.add(r.path("host").asText()));
        }
        return hosts;
    }
}
