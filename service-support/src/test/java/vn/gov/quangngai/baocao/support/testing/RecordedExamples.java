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

/**
 * The examples of the reads in a service's OpenAPI document, recorded from its own answers into
 * {@code src/main/resources/openapi-examples/<operationId>.json}. With
 * {@code -Dopenapi.examples.update=true} the answers are recorded anew (then rewrite the documents
 * with {@code -Dopenapi.update=true}: a document is made when the service starts); otherwise every
 * read of the served document must have its example. Recording is its own flag so that rewriting
 * the documents does not also change every example's times.
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
}
