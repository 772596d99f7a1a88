package vn.gov.quangngai.baocao.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.Problem;

class ReportContentReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Template TEMPLATE = new Template(List.of(
            new Template.Section("II.3", "Tiếp công dân", null, List.of(
                    new Template.Indicator("II.3.receptions_periodic", "Tiếp định kỳ", "lượt", IndicatorType.INTEGER, Aggregation.SUM, true),
                    new Template.Indicator("II.3.note", "Ghi chú", null, IndicatorType.TEXT, Aggregation.NONE, false))),
            new Template.Section("II.6", "Dân vận khéo", null, List.of(
                    new Template.Indicator("II.6.has_model", "Có mô hình", null, IndicatorType.BOOLEAN, Aggregation.COUNT, false),
                    new Template.Indicator("II.6.budget", "Kinh phí", "đồng", IndicatorType.MONEY, Aggregation.SUM, false),
                    new Template.Indicator("II.6.share", "Tỷ lệ", "%", IndicatorType.DECIMAL, Aggregation.MAX, false)))));

    private final ReportContentReader reader = new ReportContentReader(TEMPLATE);

    @Test
    void readsEveryTypeAndKeepsEmptyFiguresEmpty() throws Exception {
        ReportContent content = reader.read(JSON.readTree("""
                {"indicators": [{"code": "II.3.receptions_periodic", "value": null},
                                {"code": "II.6.has_model", "value": true},
                                {"code": "II.6.budget", "value": 9000000000},
                                {"code": "II.6.share", "value": -2.5},
                                {"code": "II.3.note", "value": "  không phát sinh "}]}"""));

        assertThat(content.indicators()).extracting(v -> v.value().toString())
                .containsExactly("null", "true", "9000000000", "-2.5", "\"không phát sinh\"");
    }

    @Test
    void namesEveryBadFigureByPointer() {
        List<Problem.FieldError> errors = problems("""
                {"indicators": [{"code": "II.3.receptions_periodic", "value": 1.5},
                                {"code": "II.6.has_model", "value": "có"},
                                {"code": "II.6.budget", "value": -1},
                                {"code": "II.6.share", "value": "5%"},
                                {"code": "II.3.note", "value": 7},
                                {"code": "II.6.budget", "value": 1},
                                {"value": 1}]}""");

        assertThat(errors).extracting(Problem.FieldError::pointer).containsExactly(
                "/indicators/0/value", "/indicators/1/value", "/indicators/2/value", "/indicators/3/value",
                "/indicators/4/value", "/indicators/5/code", "/indicators/6/code");
    }

    @Test
    void storesTextInNfcWhateverFormItArrivesIn() throws Exception {
        String nfd = Normalizer.normalize("Nguyễn Thế Nhân", Normalizer.Form.NFD);
        ReportContent content = reader.read(JSON.readTree("{\"document\": {\"signer\": {\"name\": \"" + nfd + "\"}}}"));

        assertThat(content.document().signer().name()).isEqualTo("Nguyễn Thế Nhân").isNotEqualTo(nfd);
    }

    @Test
    void requiredFiguresAreCheckedOnlyAtSubmitAndNotForANilReport() throws Exception {
        ReportContent empty = reader.read(JSON.readTree("{}"));
        ReportContent nil = reader.read(JSON.readTree("{\"nilReport\": true}"));

        assertThat(reader.missingAtSubmit(empty)).extracting(Problem.FieldError::pointer).containsExactly("/indicators");
        assertThat(reader.missingAtSubmit(nil)).isEmpty();
    }

    @Test
    void bodyMustBeAnObject() throws Exception {
        JsonNode array = JSON.readTree("[]");
        ApiException problem = catchThrowableOfType(ApiException.class, () -> reader.read(array));
        assertThat(problem.problem().errors()).extracting(Problem.FieldError::pointer).containsExactly("");
    }

    private List<Problem.FieldError> problems(String body) {
        ApiException problem = catchThrowableOfType(ApiException.class, () -> reader.read(JSON.readTree(body)));
        return problem.problem().errors();
    }
}
