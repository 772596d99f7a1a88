package vn.gov.quangngai.baocao.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The schemas kept under deploy/k8s/schemas, one per apiVersion and kind: Kubernetes 1.32's own
 * kinds from its OpenAPI definitions, the operators' kinds from their CRDs. Both are made strict
 * here, as the API server's strict field validation is: a field a schema does not name is an error
 * (a misspelt {@code readOnlyRootFileSystem} would otherwise pass unseen and be dropped).
 */
final class ApiSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Kubernetes' own schema extensions: what they say (merge keys, list types, CEL rules) is the API server's to check. */
    private static final List<String> EXTENSIONS = List.of(
            "x-kubernetes-group-version-kind", "x-kubernetes-int-or-string", "x-kubernetes-list-map-keys",
            "x-kubernetes-list-type", "x-kubernetes-map-type", "x-kubernetes-patch-merge-key",
            "x-kubernetes-patch-strategy", "x-kubernetes-preserve-unknown-fields", "x-kubernetes-unions",
            "x-kubernetes-validations");
    private static final SchemaRegistry REGISTRY = registry();

    private final Map<String, Schema> byKind;

    private ApiSchemas(Map<String, Schema> byKind) {
        this.byKind = byKind;
    }

    static ApiSchemas load(Path schemas) {
        Map<String, Schema> byKind = new HashMap<>();
        kubernetes(schemas.resolve("kubernetes-1.32/definitions.json"), byKind);
        try (Stream<Path> files = Files.walk(schemas)) {
            files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted()
                    .forEach(f -> customResources(f, byKind));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ApiSchemas(byKind);
    }

    /** The schema problems of one object, each naming the object and the place; none when it is valid. */
    List<String> problems(JsonNode object) {
        String key = key(object.path("apiVersion").asText(), object.path("kind").asText());
        Schema schema = byKind.get(key);
        if (schema == null) {
            return List.of(Manifests.id(object) + ": no schema kept for " + key);
        }
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(object)) {
            problems.add(Manifests.id(object) + ": " + error.getInstanceLocation() + " " + error.getMessage());
        }
        return problems;
    }

    boolean knows(String apiVersion, String kind) {
        return byKind.containsKey(key(apiVersion, kind));
    }

    private static void kubernetes(Path file, Map<String, Schema> byKind) {
        ObjectNode document = (ObjectNode) read(file);
        ObjectNode definitions = (ObjectNode) document.get("definitions");
        // The OpenAPI document describes these two as strings with a format; YAML and the API
        // server take a number too (replicas: 1, port: 8080, cpu: 1).
        definitions.set("io.k8s.apimachinery.pkg.util.intstr.IntOrString", oneOf("string", "integer"));
        definitions.set("io.k8s.apimachinery.pkg.api.resource.Quantity", oneOf("string", "number"));
        definitions.forEach(StrictSchemas::close);
        definitions.fields().forEachRemaining(entry -> {
            for (JsonNode gvk : entry.getValue().path("x-kubernetes-group-version-kind")) {
                String group = gvk.path("group").asText();
                String apiVersion = group.isEmpty() ? gvk.path("version").asText() : group + "/" + gvk.path("version").asText();
                ObjectNode root = JSON.createObjectNode();
                root.put("$ref", "#/definitions/" + entry.getKey());
                root.set("definitions", definitions);
                byKind.put(key(apiVersion, gvk.path("kind").asText()), REGISTRY.getSchema(root));
            }
        });
    }

    private static void customResources(Path file, Map<String, Schema> byKind) {
        for (ObjectNode crd : Manifests.parse(readString(file))) {
            if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
                continue;
            }
            String group = crd.path("spec").path("group").asText();
            String kind = crd.path("spec").path("names").path("kind").asText();
            for (JsonNode version : crd.path("spec").path("versions")) {
                ObjectNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                // the API server takes these three on every object; some CRDs (the Keycloak
                // Operator's) leave them out of their schema
                ObjectNode root = schema.withObject("/properties");
                root.putIfAbsent("apiVersion", JSON.createObjectNode().put("type", "string"));
                root.putIfAbsent("kind", JSON.createObjectNode().put("type", "string"));
                root.putIfAbsent("metadata", JSON.createObjectNode().put("type", "object"));
                StrictSchemas.close(schema);
                byKind.put(key(group + "/" + version.path("name").asText(), kind), REGISTRY.getSchema(schema));
            }
        }
    }

    private static SchemaRegistry registry() {
        Dialect.Builder dialect = Dialect.builder(Dialects.getDraft202012());
        EXTENSIONS.forEach(keyword -> dialect.keyword(new NonValidationKeyword(keyword)));
        return SchemaRegistry.withDefaultDialect(dialect.build());
    }

    private static ObjectNode oneOf(String... types) {
        ObjectNode schema = JSON.createObjectNode();
        for (String type : types) {
            schema.withArray("oneOf").addObject().put("type", type);
        }
        return schema;
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
