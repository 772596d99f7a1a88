package vn.gov.quangngai.baocao.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** A round's outline as SNV sends it: the optional hints of a figure read and checked with the rest. */
class TemplateReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode outline(String hints) throws Exception {
        return JSON.readTree("""
                {"sections": [{"key": "II.3", "title": "Tiếp công dân", "indicators": [
                  {"code": "TCD_DK", "label": "Lượt tiếp dân định kỳ", "unit": "lượt", "type": "INTEGER", "aggregation": "SUM", "required": true%s}]}]}"""
                .formatted(hints));
    }

    @Test
    void hintsAreOptionalAndReadInNormalForm() throws Exception {
        FieldErrors errors = new FieldErrors();
        Template without = TemplateReader.read(new JsonFields(errors), outline(""), "/template");
        Template with = TemplateReader.read(new JsonFields(errors), outline(", \"hints\": [\"định kỳ\", \" theo lịch \", \"đi\u0323nh kỳ\"]"), "/template");

        assertThat(errors.list()).isEmpty();
        assertThat(without.indicator("TCD_DK").orElseThrow().hints()).isEmpty();
        assertThat(with.indicator("TCD_DK").orElseThrow().hints()).containsExactly("định kỳ", "theo lịch", "định kỳ");
    }

    @Test
    void blankLongOrTooManyHintsAndHintsThatAreNotTextAreRefusedEachAtItsPointer() throws Exception {
        FieldErrors errors = new FieldErrors();
        TemplateReader.read(new JsonFields(errors), outline(", \"hints\": [\"định kỳ\", \" \", 12, \"%s\"]".formatted("x".repeat(201))), "/template");
        TemplateReader.read(new JsonFields(errors), outline(", \"hints\": [%s]".formatted(String.join(",", Collections.nCopies(21, "\"a\"")))), "/t2");
        TemplateReader.read(new JsonFields(errors), outline(", \"hints\": \"định kỳ\""), "/t3");

        assertThat(errors.list()).extracting(Problem.FieldError::pointer).containsExactly(
                "/template/sections/0/indicators/0/hints/1", "/template/sections/0/indicators/0/hints/2", "/template/sections/0/indicators/0/hints/3",
                "/t2/sections/0/indicators/0/hints", "/t3/sections/0/indicators/0/hints");
    }

    @Test
    void aFieldTheOutlineDoesNotKnowIsStillRefused() throws Exception {
        FieldErrors errors = new FieldErrors();
        TemplateReader.read(new JsonFields(errors), outline(", \"synonyms\": [\"định kỳ\"]"), "/template");

        assertThat(errors.list()).extracting(Problem.FieldError::pointer).containsExactly("/template/sections/0/indicators/0/synonyms");
    }
}
