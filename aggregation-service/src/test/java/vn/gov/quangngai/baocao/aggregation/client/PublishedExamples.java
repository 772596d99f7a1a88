package vn.gov.quangngai.baocao.aggregation.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * report-service's answers as its committed OpenAPI document shows them: each read's example was
 * recorded from the service's own answer (its OpenApiExamplesResourceTest) and the document is held
 * equal to the served one (its OpenApiDocumentTest). Stubbing with these, the clients read what
 * report-service really sends, not what this module's authors believe it sends.
 */
final class PublishedExamples {

    private static final ObjectMapper JSON = new ObjectMapper();
    // tests run in the module's folder; the documents are committed at the root
    private static final Path REPORT_SERVICE = Path.of("..", "docs", "openapi", "report-service.json");

    private PublishedExamples() {
    }

    /** The recorded 200 answer of report-service's operation, as JSON text. */
    static String reportService(String operationId) {
        return example(operationId).toString();
    }

    /** The same answer as a tree, to take expected values (times, ids) from it. */
    static JsonNode example(String operationId) {
        JsonNode document = read(REPORT_SERVICE);
        for (JsonNode path : document.path("paths")) {
            JsonNode get = path.path("get");
            if (operationId.equals(get.path("operationId").asText())) {
                JsonNode value = get.at("/responses/200/content/application~1json/examples/recorded/value");
                if (value.isMissingNode()) {
                    throw new IllegalArgumentException(operationId + " has no recorded example");
                }
                return value;
            }
        }
        throw new IllegalArgumentException("no read " + operationId + " in " + REPORT_SERVICE);
    }

    private static JsonNode read(Path document) {
        try {
            return JSON.readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
