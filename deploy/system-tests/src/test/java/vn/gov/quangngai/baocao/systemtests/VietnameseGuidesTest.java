package vn.gov.quangngai.baocao.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Vietnamese guides (docs/vi) against the committed OpenAPI documents, without a running
 * suite: every curl command to a service names an operation that exists, with query parameters,
 * headers, media types and JSON fields the operation declares; steps are numbered without gaps;
 * the files they link to exist.
 */
class VietnameseGuidesTest {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "../.."));
    private static final OpenApiContract CONTRACT = OpenApiContract.committed(ROOT);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINK = Pattern.compile("\\]\\((?!https?://|#)([^)#\\s]+)(?:#[^)]*)?\\)");

    static Stream<Path> guides() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("docs/vi"))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreTheThreeGuides() throws IOException {
        assertThat(guides().map(p -> p.getFileName().toString()))
                .containsExactly("huong-dan-bang-dieu-khien.md", "huong-dan-tham-dinh.md", "huong-dan-tich-hop.md");
    }

    @ParameterizedTest
    @MethodSource("guides")
    void everyCallNamesAnOperationWithParametersAndFieldsItDeclares(Path guide) {
        GuideCommands commands = GuideCommands.read(guide);
        List<GuideCommands.Curl> calls = commands.all().stream().filter(c -> c.service() != null).toList();
        assertThat(calls).as("calls in %s", guide).isNotEmpty();
        for (GuideCommands.Curl curl : calls) {
            String where = guide.getFileName() + ": " + curl.method() + " " + curl.url();
            OpenApiContract.Operation operation = CONTRACT.operation(curl.service(), curl.method(), curl.path()).orElse(null);
            assertThat(operation).as("the operation of %s", where).isNotNull();
            assertThat(operation.parameters("query")).as("query parameters of %s", where).containsAll(curl.queryNames());
            curl.headers().forEach((name, value) -> {
                if (name.equalsIgnoreCase("If-Match") || name.equalsIgnoreCase("Idempotency-Key")) {
                    assertThat(operation.parameters("header")).as("header parameters of %s", where).contains(name);
                }
                if (name.equalsIgnoreCase("Accept")) {
                    assertThat(operation.responseMediaTypes()).as("media types answered by %s", where).contains(value);
                }
                if (name.equalsIgnoreCase("Content-Type")) {
                    assertThat(operation.requestMediaTypes()).as("media types read by %s", where).contains(value.split(";")[0]);
                }
            });
            String body = commands.body(curl);
            if (body != null && curl.headers().getOrDefault("Content-Type", "").startsWith("application/json")) {
                JsonNode json = readJson(body, where);
                assertThat(operation.unknownFields(json)).as("fields of the body of %s that its schema does not have", where).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("guides")
    void stepsAreNumberedFromOneWithoutGaps(Path guide) {
        List<Integer> numbers = GuideCommands.read(guide).steps().stream().map(GuideCommands.Step::number).toList();
        assertThat(numbers).as("steps of %s", guide).isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
    }

    @ParameterizedTest
    @MethodSource("guides")
    void everyLinkedFileExists(Path guide) throws IOException {
        assertEveryLinkedFileExists(guide);
    }

    @Test
    void everyFileTheReadmeAndTheEnglishGuideLinkToExists() throws IOException {
        assertEveryLinkedFileExists(ROOT.resolve("README.md"));
        assertEveryLinkedFileExists(ROOT.resolve("docs/api-guide.md"));
    }

    @Test
    void aLinkToAFileThatIsNotThereIsCaught(@TempDir Path folder) throws IOException {
        Path page = Files.writeString(folder.resolve("page.md"), "[ok](page.md), [gone](vi/huong-dan-cu.md#buoc-1)");
        assertThatThrownBy(() -> assertEveryLinkedFileExists(page)).isInstanceOf(AssertionError.class).hasMessageContaining("huong-dan-cu.md");
    }

    private static void assertEveryLinkedFileExists(Path page) throws IOException {
        Matcher link = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
        int links = 0;
        while (link.find()) {
            links++;
            assertThat(page.getParent().resolve(link.group(1)).normalize()).as("linked from %s", page.getFileName()).exists();
        }
        assertThat(links).as("links in %s", page).isPositive();
    }

    @Test
    void theReadmeAndTheEnglishGuidePointToTheVietnameseGuides() throws IOException {
        for (Map.Entry<String, String> page : Map.of("README.md", "docs/vi/huong-dan-tich-hop.md",
                "docs/api-guide.md", "vi/huong-dan-tich-hop.md").entrySet()) {
            assertThat(Files.readString(ROOT.resolve(page.getKey()), StandardCharsets.UTF_8)).as(page.getKey()).contains("(" + page.getValue() + ")");
        }
    }

    @Test
    void aCallToAPathTheContractDoesNotHaveIsCaught() {
        assertThat(CONTRACT.operation("report-service", "POST", "/api/v1/rounds/DVCQ-2021/reports/BDT/withdraw")).isEmpty();
        assertThat(CONTRACT.operation("report-service", "GET", "/api/v1/rounds/DVCQ-2021/reports/BDT")).get()
                .extracting(OpenApiContract.Operation::template).isEqualTo("/api/v1/rounds/{round}/reports/{agency}");
        assertThat(CONTRACT.operation("aggregation-service", "GET", "/api/v1/rounds/DVCQ-2021/snapshots/5f71bf41.docx")).get()
                .extracting(OpenApiContract.Operation::template).isEqualTo("/api/v1/rounds/{round}/snapshots/{id}.docx");
        OpenApiContract.Operation save = CONTRACT.operation("report-service", "PUT", "/api/v1/rounds/R/reports/A").orElseThrow();
        assertThat(save.unknownFields(readJson("{\"indicators\": [{\"code\": \"II.6.models\", \"valeur\": 1}], \"nilReport\": true}", "a body")))
                .containsExactly("/indicators/0/valeur");
    }

    private static JsonNode readJson(String body, String where) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("the body of " + where + " is not JSON: " + e.getMessage());
        }
    }
}
