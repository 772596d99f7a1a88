package vn.gov.quangngai.baocao.report.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.shared.Aggregation;
import vn.gov.quangngai.baocao.report.shared.IndicatorType;
import vn.gov.quangngai.baocao.report.shared.Template;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** A report body against its round's outline. */
class ReportRequestCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final Template TEMPLATE = new Template(List.of(
            new Template.Section("II.3", "Tiếp công dân", null, List.of(
                    new Template.Indicator("II.3.receptions_periodic", "Tiếp định kỳ", "lượt", IndicatorType.INTEGER, Aggregation.SUM, true),
                    new Template.Indicator("II.3.note", "Ghi chú", null, IndicatorType.TEXT, Aggregation.NONE, false))),
            new Template.Section("II.6", "Dân vận khéo", null, List.of(
                    new Template.Indicator("II.6.has_model", "Có mô hình", null, IndicatorType.BOOLEAN, Aggregation.COUNT, false),
                    new Template.Indicator("II.6.budget", "Kinh phí", "đồng", IndicatorType.MONEY, Aggregation.SUM, false),
                    new Template.Indicator("II.6.share", "Tỷ lệ", "%", IndicatorType.DECIMAL, Aggregation.MAX, false)))));

    @Test
    void namesEveryBadFigureByPointer() throws Exception {
        List<Problem.FieldError> problems = problems("""
                {"indicators": [{"code": "II.3.receptions_periodic", "value": 1.5},
                                {"code": "II.6.has_model", "value": "có"},
                                {"code": "II.6.budget", "value": -1},
                                {"code": "II.6.share", "value": "5%"},
                                {"code": "II.3.note", "value": 7},
                                {"code": "II.6.budget", "value": 1},
                                {"value": 1},
                                {"code": "II.9.none", "value": 1}]}""");

        assertThat(problems).extracting(Problem.FieldError::pointer).containsExactly(
                "/indicators/0/value", "/indicators/1/value", "/indicators/2/value", "/indicators/3/value",
                "/indicators/4/value", "/indicators/5/code", "/indicators/7/code");
    }

    @Test
    void aDecimalBeyondTheLimitsIsRefusedNotOverflowed() throws Exception {
        List<Problem.FieldError> problems = problems("""
                {"indicators": [{"code": "II.6.share", "value": 1e400}, {"code": "II.3.receptions_periodic", "value": 1e400},
                                {"code": "II.6.budget", "value": 12.0}]}""");

        assertThat(problems).extracting(Problem.FieldError::pointer).containsExactly("/indicators/0/value", "/indicators/1/value");
        assertThat(problems.get(0).message()).isEqualTo("is too large (Tỷ lệ)");
    }

    @Test
    void unknownAndRepeatedSectionsAreNamed() throws Exception {
        assertThat(problems("{\"sections\": [{\"key\": \"II.3\", \"text\": \"a\"}, {\"key\": \"IX\"}, {\"key\": \"II.3\"}]}"))
                .extracting(Problem.FieldError::pointer).containsExactly("/sections/1/key", "/sections/2/key");
    }

    @Test
    void emptyValuesAreNotProblems() throws Exception {
        assertThat(problems("{\"indicators\": [{\"code\": \"II.3.receptions_periodic\"}, {\"code\": \"II.6.has_model\", \"value\": null}]}")).isEmpty();
    }

    private static List<Problem.FieldError> problems(String body) throws Exception {
        List<Problem.FieldError> problems = new ArrayList<>();
        ReportRequestCheck.check(JSON.readValue(body, ReportRequest.class), TEMPLATE, Languages.ENGLISH, problems);
        return problems;
    }
}
