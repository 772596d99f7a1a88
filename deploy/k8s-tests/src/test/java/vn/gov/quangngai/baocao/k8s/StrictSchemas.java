package vn.gov.quangngai.baocao.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Closes the objects of a schema to the fields it names ({@code additionalProperties: false}),
 * walking only the places a schema holds schemas, so that a field called "properties" is not taken
 * for a schema keyword. Objects the schema leaves open on purpose stay open: maps (their own
 * additionalProperties) and {@code x-kubernetes-preserve-unknown-fields}.
 */
final class StrictSchemas {

    private StrictSchemas() {
    }

    static void close(JsonNode schema) {
        if (!(schema instanceof ObjectNode node)) {
            return;
        }
        JsonNode properties = node.get("properties");
        if (properties instanceof ObjectNode) {
            properties.forEach(StrictSchemas::close);
            if (!node.has("additionalProperties") && !node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                node.put("additionalProperties", false);
            }
        }
        close(node.get("items"));
        close(node.get("additionalProperties"));
        for (String combinator : new String[] {"allOf", "anyOf", "oneOf"}) {
            node.path(combinator).forEach(StrictSchemas::close);
        }
        close(node.get("not"));
    }
}
