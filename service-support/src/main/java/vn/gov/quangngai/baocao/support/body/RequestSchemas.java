package vn.gov.quangngai.baocao.support.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of request bodies, taken from the OpenAPI document the service serves, which
 * SmallRye generates from the request records: what is checked is what is published.
 * <p>
 * The document is read through Quarkus' own OpenApiDocumentService (the bean behind
 * {@code /q/openapi}); there is no public API for the generated model at run time, and reading our
 * own endpoint over HTTP would depend on the network stack being up.
 */
@ApplicationScoped
public class RequestSchemas {

    private static final String DOCUMENT = "<default>";

    private final ObjectMapper json;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private volatile JsonNode components;

    public RequestSchemas(ObjectMapper json) {
        this.json = json;
    }

    /** The schema named {@code name} in the document's components, with its references resolved in the same document. */
    public Schema schema(String name) {
        return schemas.computeIfAbsent(name, this::load);
    }

    private Schema load(String name) {
        if (!components().path("schemas").has(name)) {
            throw new IllegalStateException("the OpenAPI document has no schema " + name);
        }
        // the document's schemas as the definitions of one JSON Schema, its references rewritten to match
        JsonNode definitions;
        try {
            definitions = json.readTree(json.writeValueAsString(components().path("schemas")).replace("\"#/components/schemas/", "\"#/$defs/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode root = json.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/$defs/" + name);
        root.set("$defs", definitions);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config))
                .getSchema(root);
    }

    private JsonNode components() {
        JsonNode loaded = components;
        if (loaded == null) {
            OpenApiDocumentService documents = Arc.container().instance(OpenApiDocumentService.class).get();
            try {
                loaded = json.readTree(documents.getDocument(DOCUMENT, Format.JSON)).path("components");
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable OpenAPI document", e);
            }
            components = loaded;
        }
        return loaded;
    }
}
