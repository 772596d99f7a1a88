package vn.gov.quangngai.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.reports.ReportRequest;

/**
 * The request schemas of the committed OpenAPI document are generated from the request records
 * themselves: the schema SmallRye makes of {@link ReportRequest} is the committed one, and the same
 * record with one more field no longer is, so the drift test (OpenApiDocumentTest) fails until the
 * document is rewritten.
 */
class RequestSchemaDriftTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The report body with one more field. Not named ReportRequest: a named schema class in the test
     * index would also stand in for the real one in the document the module's tests serve (which
     * leaves this one out: %test.mp.openapi.scan.exclude.classes).
     */
    @Schema(name = "ReportRequestWithRemarks", additionalProperties = Schema.False.class)
    record ReportRequestWithRemarks(ReportRequest.Document document, List<ReportRequest.SectionText> sections,
                                    List<ReportRequest.IndicatorValue> indicators, Boolean nilReport, String remarks) {
    }

    @Test
    void theCommittedRequestSchemaIsTheRecordsAndAnAddedFieldDrifts() throws IOException {
        JsonNode committed = JSON.readTree(Files.readString(java.nio.file.Path.of("..", "docs", "openapi", "report-service.json"))).at("/components/schemas/ReportRequest");

        JsonNode generated = schemaOf(ReportRequest.class, "ReportRequest");
        JsonNode changed = schemaOf(ReportRequestWithRemarks.class, "ReportRequestWithRemarks");

        assertThat(generated).isEqualTo(committed);
        assertThat(changed.at("/properties/remarks/type").asText()).isEqualTo("string");
        JsonNode changedProperties = changed.get("properties");
        assertThat((Object) changedProperties).isNotEqualTo(committed.get("properties"));
    }

    /** The schema SmallRye's scanner makes of a named record (and the records it holds). */
    private static JsonNode schemaOf(Class<?> body, String name) throws IOException {
        Index index = Index.of(body, ReportRequest.Document.class, ReportRequest.Signer.class, ReportRequest.Answers.class,
                ReportRequest.SectionText.class, ReportRequest.IndicatorValue.class);
        Config config = new SmallRyeConfigBuilder().withSources(new io.smallrye.config.PropertiesConfigSource(Map.of(
                "mp.openapi.schema.com.fasterxml.jackson.databind.JsonNode", "{\"name\": \"JsonValue\", \"description\": \"any JSON value\"}"),
                "test", 500)).build();
        String document = SmallRyeOpenAPI.builder().withConfig(config).withIndex(index).enableModelReader(false).enableStandardStaticFiles(false)
                .enableStandardFilter(false).withApplicationClassLoader(RequestSchemaDriftTest.class.getClassLoader()).build().toJSON();
        return JSON.readTree(document).at("/components/schemas/" + name);
    }
}
