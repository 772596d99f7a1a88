package vn.gov.quangngai.baocao.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The built-in annual outline passes the same checks as an outline sent by SNV. */
class BuiltInTemplateTest {

    @Test
    void annualOutlineIsAValidTemplateWithTheSectionsOfTheRequest() throws Exception {
        JsonNode file;
        try (InputStream in = getClass().getResourceAsStream("/templates/dan-van-chinh-quyen-nam.json")) {
            file = new ObjectMapper().readTree(in);
        }
        ObjectNode outline = ((ObjectNode) file.deepCopy()).retain("sections");
        FieldErrors errors = new FieldErrors();

        Template template = TemplateReader.read(new JsonFields(errors), outline, "");

        assertThat(errors.list()).isEmpty();
        assertThat(template.sections()).extracting(Template.Section::key)
                .containsExactly("I", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "II.7", "III.1", "III.2", "IV.1", "IV.2");
        assertThat(template.indicators()).hasSizeGreaterThanOrEqualTo(25);
    }
}
