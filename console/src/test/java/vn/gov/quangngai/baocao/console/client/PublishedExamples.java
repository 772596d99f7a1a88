package vn.gov.quangngai.baocao.console.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The services' answers as their committed OpenAPI documents show them: each read's example was
 * recorded from the service's own answer (its OpenApiExamplesResourceTest) and each document is held
 * equal to the served one (its OpenApiDocumentTest). Stubbing with these, the clients read what the
 * services really send, not what the console's own fixtures say they send.
 */
final class PublishedExamples {

    private static final ObjectMapper JSON = new ObjectMapper();
    // tests run in the module's folder; the documents are committed at the root
    private static final Path DOCUMENTS = Path.of("..", "docs", "openapi");

    private PublishedExamples() {
    }

    static String reportService(String operationId) {
        return example("report-service", operationId).toString();
    }

    static String aggregationService(String operationId) {
        return example("aggregation-service", operationId).toString();
    }

    /** The recorded 200 answer of the service's read, as a tree, to take expected values (times, ids) from it. */
    static JsonNode example(String service, String operationId) {
        Path file = DOCUMENTS.resolve(service + ".json");
        JsonNode document;
        try {
            document = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode path : document.path("paths")) {
            for (JsonNode operation : path) {
                if (operationId.equals(operation.path("operationId").asText())) {
                    JsonNode value = operation.at("/responses/200/content/application~1json/examples/recorded/value");
                    if (value.isMissingNode()) {
                        throw new IllegalArgumentException(operationId + " has no recorded example");
                    }
                    return value;
                }
            }
        }
        throw new IllegalArgumentException("no operation " + operationId + " in " + file);
    }
}
