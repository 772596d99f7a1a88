package vn.gov.quangngai.baocao.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Kubernetes' label selector semantics: matchLabels and matchExpressions; an empty selector selects everything. */
final class LabelSelector {

    private LabelSelector() {
    }

    static boolean matches(JsonNode selector, Map<String, String> labels) {
        var expected = selector.path("matchLabels").fields();
        while (expected.hasNext()) {
            var label = expected.next();
            if (!label.getValue().asText().equals(labels.get(label.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = labels.get(expression.path("key").asText());
            Set<String> values = new HashSet<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean holds = switch (expression.path("operator").asText()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("unknown selector operator in " + expression);
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }
}
