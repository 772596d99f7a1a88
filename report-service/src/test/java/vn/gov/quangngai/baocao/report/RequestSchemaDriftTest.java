package vn.gov.quangngai.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.api.ReportRequest;

/**
 * The request schemas of the committed OpenAPI document are generated from the request records
 * themselves: the schema SmallRye makes of {@link ReportRequest} is the committed one, and the same
 * record with one more field no longer is, so the drift test (OpenApiDocumentTest) fails until the
 * document is rewritten.
 */
class RequestSchemaDriftTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A resource that takes the report body, for the scanner to find the record through. */
    @Path("/report")
    static class TakesTheRecord {
        @PUT
        public void put(ReportRequest body) {
        }
    }

    /** The report body with one more field, under the same schema name. */
    @Schema(name = "ReportRequest", additionalProperties = Schema.False.class)
    record ReportRequestWithRemarks(ReportRequest.Document document, List<ReportRequest.SectionText> sections,
                                    List<ReportRequest.IndicatorValue> indicators, Boolean nilReport, String remarks) {
    }

    @Path("/report")
    static class TakesTheChangedRecord {
        @PUT
        public void put(ReportRequestWithRemarks body) {
        }
    }

    @Test
    void theCommittedRequestSchemaIsTheRecordsAndAnAddedFieldDrifts() throws IOException {
        JsonNode committed = JSON.readTree(Files.readString(java.nio.file.Path.of("..", "docs", "openapi", "report-service.json"))).at("/components/schemas/ReportRequest");

        JsonNode generated = schemaOf(TakesTheRecord.class, ReportRequest.class);
        JsonNode changed = schemaOf(TakesTheChangedRecord.class, ReportRequestWithRemarks.class);

        assertThat(generated).isEqualTo(committed);
        assertThat(changed).isNotEqualTo(committed);
        assertThat(changed.at("/properties/remarks/type").asText()).isEqualTo("string");
    }

    private static JsonNode schemaOf(Class<?> resource, Class<?> body) throws IOException {
        Index index = Index.of(resource, body, ReportRequest.Document.class, ReportRequest.Signer.class, ReportRequest.Answers.class,
                ReportRequest.SectionText.class, ReportRequest.IndicatorValue.class);
        Config config = new SmallRyeConfigBuilder().withSources(new io.smallrye.config.PropertiesConfigSource(Map.of(
                "mp.openapi.schema.com.fasterxml.jackson.databind.JsonNode", "{\"name\": \"JsonValue\", \"description\": \"any JSON value\"}"),
                "test", 500)).build();
        String document = SmallRyeOpenAPI.builder().withConfig(config).withIndex(index).enableModelReader(false).enableStandardStaticFiles(false)
                .enableStandardFilter(false).withApplicationClassLoader(RequestSchemaDriftTest.class.getClassLoader()).build().toJSON();
        return JSON.readTree(document).at("/components/schemas/ReportRequest");
    }
}
