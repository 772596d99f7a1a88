package vn.gov.quangngai.baocao.report.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** The built-in annual outline passes the same checks as an outline sent by SNV. */
class BuiltInTemplateTest {

    @Test
    void annualOutlineIsAValidTemplateWithTheSectionsOfTheRequest() throws Exception {
        JsonNode file;
        try (InputStream in = getClass().getResourceAsStream("/templates/dan-van-chinh-quyen-nam.json")) {
            file = new ObjectMapper().readTree(in);
        }
        ObjectNode outline = ((ObjectNode) file.deepCopy()).retain("sections");
        TemplateRequest template = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .treeToValue(outline, TemplateRequest.class);
        Validator validator = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
        List<Problem.FieldError> problems = new ArrayList<>();

        TemplateRequestCheck.check(template, "", Languages.ENGLISH, problems);

        assertThat(validator.validate(template)).isEmpty();
        assertThat(problems).isEmpty();
        assertThat(template.sections()).extracting(TemplateRequest.Section::key)
                .containsExactly("I", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "II.7", "III.1", "III.2", "IV.1", "IV.2");
        assertThat(template.sections().stream().mapToInt(s -> s.indicators().size()).sum()).isGreaterThanOrEqualTo(25);
    }
}
