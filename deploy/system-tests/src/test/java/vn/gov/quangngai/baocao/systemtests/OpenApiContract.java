package vn.gov.quangngai.baocao.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The committed OpenAPI documents (docs/openapi/*.json) as a lookup: which operation a concrete
 * request reaches, which query and header parameters and media types it declares, and whether the
 * fields of a JSON body are fields of its request schema.
 */
final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One operation of one service's document. */
    record Operation(String service, String method, String template, JsonNode node, JsonNode document) {

        Set<String> parameters(String in) {
            Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            node.path("parameters").forEach(p -> {
                if (p.path("in").asText().equals(in)) {
                    names.add(p.path("name").asText());
                }
            });
            return names;
        }

        Set<String> responseMediaTypes() {
            Set<String> types = new TreeSet<>();
            node.path("responses").forEach(response -> response.path("content").fieldNames().forEachRemaining(types::add));
            return types;
        }

        Set<String> requestMediaTypes() {
            Set<String> types = new TreeSet<>();
            node.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
            return types;
        }

        /** The JSON Pointers of the body's fields that its request schema does not have; empty when all are known. */
        List<String> unknownFields(JsonNode body) {
            JsonNode schema = node.path("requestBody").path("content").path("application/json").path("schema");
            List<String> unknown = new ArrayList<>();
            walk(body, schema, "", unknown);
            return unknown;
        }

        private void walk(JsonNode value, JsonNode schema, String pointer, List<String> unknown) {
            JsonNode resolved = resolve(schema);
            if (resolved.isMissingNode()) {
                unknown.add(pointer.isEmpty() ? "/" : pointer);
                return;
            }
            if (value.isObject()) {
                JsonNode properties = resolved.path("properties");
                if (properties.isMissingNode()) {
                    return; // a free-form value (a figure's value): any shape the schema allows
                }
                for (Map.Entry<String, JsonNode> field : value.properties()) {
                    String at = pointer + "/" + field.getKey();
                    if (!properties.has(field.getKey())) {
                        unknown.add(at);
                    } else {
                        walk(field.getValue(), properties.get(field.getKey()), at, unknown);
                    }
                }
            } else if (value.isArray() && resolved.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    walk(value.get(i), resolved.get("items"), pointer + "/" + i, unknown);
                }
            }
        }

        private JsonNode resolve(JsonNode schema) {
            JsonNode current = schema;
            for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
                current = document.at(current.get("$ref").asText().substring(1));
            }
            return current;
        }
    }

    private final List<Operation> operations = new ArrayList<>();

    private OpenApiContract() {
    }

    /** Both services' documents from the repository root. */
    static OpenApiContract committed(Path root) {
        OpenApiContract contract = new OpenApiContract();
        for (String service : List.of("report-service", "aggregation-service")) {
            contract.load(service, root.resolve("docs").resolve("openapi").resolve(service + ".json"));
        }
        return contract;
    }

    private void load(String service, Path file) {
        try {
            JsonNode document = JSON.readTree(file.toFile());
            document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op ->
                    operations.add(new Operation(service, op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue(), document))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The operation a request reaches, by method and concrete path ({@code /api/v1/rounds/DVCQ-2021}); of
     * several templates that match, the one with the most literal characters ({@code {id}.docx} before {@code {id}}).
     */
    Optional<Operation> operation(String service, String method, String path) {
        return operations.stream()
                .filter(op -> op.service().equals(service) && op.method().equals(method) && matcher(op.template()).matcher(path).matches())
                .max(Comparator.comparingInt(op -> op.template().replaceAll("\\{[^}]+}", "").length()));
    }

    private static Pattern matcher(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
