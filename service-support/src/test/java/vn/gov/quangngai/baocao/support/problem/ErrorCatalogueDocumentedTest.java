package vn.gov.quangngai.baocao.support.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The error tables of the API guides (English and Vietnamese) against the catalogue itself: every
 * code has its own row with its status and retry advice, and no row names a code that is not there,
 * so the published catalogue cannot drift from what the services answer.
 */
class ErrorCatalogueDocumentedTest {

    private static final Path ENGLISH_GUIDE = Path.of("..", "docs", "api-guide.md");
    private static final Path VIETNAMESE_GUIDE = Path.of("..", "docs", "vi", "huong-dan-tich-hop.md");

    /** A catalogue row: | `CODE` | status | … | `RETRY` | (the cells between vary by guide). */
    private static final Pattern ROW = Pattern.compile("(?m)^\\|\\s*`([A-Z][A-Z_]+)`\\s*\\|\\s*(\\d{3})\\s*\\|(.*)\\|\\s*`([A-Z_]+)`\\s*\\|\\s*$");

    @Test
    void everyCodeHasItsRowInTheEnglishGuideWithStatusAndRetry() throws IOException {
        assertRowsMatchCatalogue(rows(ENGLISH_GUIDE));
    }

    @Test
    void everyCodeHasItsRowInTheVietnameseGuideWithStatusAndRetry() throws IOException {
        assertRowsMatchCatalogue(rows(VIETNAMESE_GUIDE));
    }

    @Test
    void theVietnameseGuideQuotesEachCodesVietnameseTitle() throws IOException {
        Properties vietnamese = ErrorTitlesTranslatedTest.bundle("i18n/support.properties");
        Map<String, Row> rows = rows(VIETNAMESE_GUIDE);
        for (ErrorCode code : ErrorCode.values()) {
            String title = vietnamese.getProperty("support.title." + code.name());
            assertThat(rows).as("rows of %s", VIETNAMESE_GUIDE).containsKey(code.name());
            assertThat(rows.get(code.name()).middle().get(0))
                    .as("the title column of %s in %s", code, VIETNAMESE_GUIDE)
                    .isEqualTo(title);
        }
    }

    @Test
    void aGuideMissingARowOrGivingAnotherRetryFailsTheCheck() throws IOException {
        String guide = Files.readString(ENGLISH_GUIDE, StandardCharsets.UTF_8);
        String withoutARow = guide.replaceAll("(?m)^\\| `SNAPSHOT_NOT_FOUND` .*\\n", "");
        assertThatThrownBy(() -> assertRowsMatchCatalogue(parse(withoutARow, "edited guide")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("SNAPSHOT_NOT_FOUND");
        String anotherRetry = guide.replaceAll("(?m)^(\\| `ROUND_CLOSED` .*)`NEVER` \\|$", "$1`SAFE` |");
        assertThat(anotherRetry).isNotEqualTo(guide);
        assertThatThrownBy(() -> assertRowsMatchCatalogue(parse(anotherRetry, "edited guide")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("retry of ROUND_CLOSED");
    }

    private static void assertRowsMatchCatalogue(Map<String, Row> rows) {
        List<String> codes = Arrays.stream(ErrorCode.values()).map(Enum::name).toList();
        assertThat(rows.keySet()).as("codes in the guide's error table").containsExactlyInAnyOrderElementsOf(codes);
        for (ErrorCode code : ErrorCode.values()) {
            Row row = rows.get(code.name());
            assertThat(row.status()).as("status of %s", code).isEqualTo(code.status());
            assertThat(row.retry()).as("retry of %s", code).isEqualTo(code.retry().name());
            assertThat(String.join("", row.middle()).strip()).as("when %s is answered", code).isNotEmpty();
        }
    }

    private static Map<String, Row> rows(Path guide) throws IOException {
        assertThat(guide).as("the guide").exists();
        return parse(Files.readString(guide, StandardCharsets.UTF_8), guide.toString());
    }

    private static Map<String, Row> parse(String text, String where) {
        Map<String, Row> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(text);
        while (row.find()) {
            List<String> middle = Arrays.stream(row.group(3).split("\\|")).map(String::strip).collect(Collectors.toList());
            Row previous = rows.put(row.group(1), new Row(Integer.parseInt(row.group(2)), middle, row.group(4)));
            assertThat(previous).as("%s has one row in %s", row.group(1), where).isNull();
        }
        return rows;
    }

    private record Row(int status, List<String> middle, String retry) {
    }
}
