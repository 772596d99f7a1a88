package vn.gov.quangngai.baocao.aggregation.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.aggregation.repository.SummaryRepository;

/** A summary written as it is read: what the client gets when the database or the client fails midway. */
class SummaryJsonStreamFailureTest {

    private static final int VALUES = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    /** The round's template as stored: the JSON report-service gave. */
    private static final String TEMPLATE = """
            {"sections": [
              {"key": "II.3", "title": "Tiếp công dân", "indicators": [
                {"code": "II.3.dialogues", "label": "Đối thoại", "unit": "cuộc", "type": "INTEGER", "aggregation": "SUM"}]},
              {"key": "II.6", "title": "Dân vận khéo", "indicators": []}]}""";

    @Test
    void aCompleteReadGivesCompleteJson() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SummaryService(new Rows(false), JSON).writeJson("R", Basis.SUBMITTED, out);

        JsonNode summary = JSON.readTree(out.toByteArray());
        assertThat(summary.at("/indicators/0/byAgency").size()).isEqualTo(VALUES);
        assertThat(summary.at("/indicators/0/byAgency/0/value").asInt()).isEqualTo(2);
        assertThat(summary.at("/sections/0/contributions/0/text").asText()).isEqualTo("BDT về tiếp dân.");
        assertThat(summary.at("/versions/0/agency").asText()).isEqualTo("BDT");
    }

    @Test
    void aDatabaseFailureMidwayLeavesTheJsonUnfinished() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> new SummaryService(new Rows(true), JSON).writeJson("R", Basis.SUBMITTED, out))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JSON.readTree(out.toByteArray())).as("a partial summary must not read as a whole one")
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void aClientThatGoesAwayIsAnIoErrorNotAServerError() {
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Connection reset by peer");
            }
        };

        assertThatThrownBy(() -> new SummaryService(new Rows(false), JSON).writeJson("R", Basis.SUBMITTED, gone))
                .isInstanceOf(IOException.class).isNotInstanceOf(UncheckedIOException.class);
    }

    /** One agency, {@value #VALUES} values of one figure, one text; the texts' cursor fails when asked to. */
    private static final class Rows extends SummaryRepository {

        private final boolean textsFail;

        Rows(boolean textsFail) {
            super(null);
            this.textsFail = textsFail;
        }

        @Override
        public void readConsistently() {
        }

        @Override
        public Optional<RoundRow> round(String code) {
            return Optional.of(new RoundRow(code, "Báo cáo", null, null, null, "YEAR", 2021, null, null, "OPEN", TEMPLATE));
        }

        @Override
        public List<Standing> standings(String round) {
            return List.of(new Standing("BDT", "Ban Dân tộc", 1, "SUBMITTED", 1, false, false));
        }

        @Override
        public Map<String, IndicatorTotals> totals(String round, List<String> statuses) {
            return Map.of("II.3.dialogues", new IndicatorTotals(BigDecimal.valueOf(2), BigDecimal.valueOf(2), BigDecimal.valueOf(2), 1, 1));
        }

        @Override
        public void eachIndicatorRow(String round, List<String> statuses, String[] codes, TemplateRows<IndicatorRow> each) {
            try {
                // enough rows that the writer's buffer goes out while the cursor is still being read
                for (int i = 0; i < VALUES; i++) {
                    each.accept(0, new IndicatorRow("II.3.dialogues", "BDT", "Ban Dân tộc", 1, BigDecimal.valueOf(2), null, null));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void eachSectionText(String round, List<String> statuses, String[] keys, TemplateRows<SectionText> each) {
            if (textsFail) {
                throw new IllegalStateException("database query failed: the connection was closed");
            }
            try {
                each.accept(0, new SectionText("BDT", "Ban Dân tộc", 1, "II.3", "BDT về tiếp dân."));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
