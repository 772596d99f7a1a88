package vn.gov.quangngai.baocao.support.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The examples of the reads in a service's OpenAPI document, recorded from its own answers into
 * {@code src/main/resources/openapi-examples/<operationId>.json}. With
 * {@code -Dopenapi.examples.update=true} the answers are recorded anew (then rewrite the documents
 * with {@code -Dopenapi.update=true}: a document is made when the service starts); otherwise every
 * read of the served document must have its example. Recording is its own flag so that rewriting
 * the documents does not also change every example's times. Between recordings the answers must keep
 * the shape of their examples: the other modules stub this service with them in their client tests.
 */
public final class RecordedExamples {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path FOLDER = Path.of("src", "main", "resources", "openapi-examples");

    private RecordedExamples() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("openapi.examples.update");
    }

    /** Writes the answers, by operationId, when updating. */
    public static void record(Map<String, String> answers) {
        if (!updating()) {
            return;
        }
        try {
            Files.createDirectories(FOLDER);
            for (Map.Entry<String, String> answer : answers.entrySet()) {
                JsonNode body = JSON.readTree(answer.getValue());
                Files.writeString(FOLDER.resolve(answer.getKey() + ".json"), JSON.writeValueAsString(body) + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reads (GET operations answering JSON with 200) of the served document that have no recorded example. */
    public static List<String> readsWithoutExample() {
        JsonNode document;
        try {
            document = JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> missing = new ArrayList<>();
        document.path("paths").forEach(path -> {
            JsonNode get = path.path("get");
            String id = get.path("operationId").asText(null);
            if (id != null && get.at("/responses/200/content").has("application/json") && !Files.exists(FOLDER.resolve(id + ".json"))) {
                missing.add(id);
            }
        });
        return missing;
    }

    /**
     * Where the answers and their recorded examples differ in shape: a field only one of them has, or
     * a field whose JSON type differs. Values (times, ids, counts) may differ; array items are merged.
     */
    public static List<String> shapeDifferences(Map<String, String> answers) {
        List<String> differences = new ArrayList<>();
        try {
            for (Map.Entry<String, String> answer : answers.entrySet()) {
                Path recorded = FOLDER.resolve(answer.getKey() + ".json");
                if (Files.exists(recorded)) {
                    differences.addAll(shapeDifferences(answer.getKey(), JSON.readTree(answer.getValue()),
                            JSON.readTree(Files.readString(recorded, StandardCharsets.UTF_8))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return differences;
    }

    /** Where one answer and its example differ in shape, each difference named with the operation. */
    public static List<String> shapeDifferences(String operationId, JsonNode sent, JsonNode example) {
        Map<String, Set<String>> sentShape = shape(sent);
        Map<String, Set<String>> exampleShape = shape(example);
        Set<String> fields = new TreeSet<>(sentShape.keySet());
        fields.addAll(exampleShape.keySet());
        List<String> differences = new ArrayList<>();
        for (String field : fields) {
            if (!exampleShape.containsKey(field)) {
                differences.add(operationId + ": " + field + " is sent but not in the example");
            } else if (!sentShape.containsKey(field)) {
                differences.add(operationId + ": " + field + " is in the example but not sent");
            } else if (!sentShape.get(field).equals(exampleShape.get(field))) {
                differences.add(operationId + ": " + field + " is sent as " + sentShape.get(field) + ", the example has " + exampleShape.get(field));
            }
        }
        return differences;
    }

    /** Every field's path (array items as {@code *}) with the JSON types it takes; null counts as no type. */
    private static Map<String, Set<String>> shape(JsonNode answer) {
        Map<String, Set<String>> shape = new TreeMap<>();
        collect("", answer, shape);
        return shape;
    }

    private static void collect(String path, JsonNode node, Map<String, Set<String>> shape) {
        Set<String> types = shape.computeIfAbsent(path, p -> new TreeSet<>());
        if (!node.isNull()) {
            types.add(node.getNodeType().name());
        }
        if (node.isObject()) {
            node.properties().forEach(field -> collect(path + "/" + field.getKey(), field.getValue(), shape));
        } else if (node.isArray()) {
            node.forEach(item -> collect(path + "/*", item, shape));
        }
    }
}
