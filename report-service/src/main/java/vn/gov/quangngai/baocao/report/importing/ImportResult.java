package vn.gov.quangngai.baocao.report.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.report.shared.ReportContent;

/**
 * What a legacy report becomes: the draft (merged into the one already saved), the figures suggested
 * from its sentences, what could not be placed, the share that was, and where each field's value comes from.
 */
@Schema(name = "ImportResult")
public record ImportResult(
        @Schema(description = "the saved draft with the document read into it: a field the file says nothing of keeps its saved value, "
                + "a field only the file gives takes the file's value, and a field both give with different values keeps the saved one "
                + "(see fields, origin CONFLICT)") ReportContent draft,
        @Schema(description = "every figure the file states, with its sentence; those that differ from a saved value are not in draft") List<Suggestion> suggestions,
        List<Warning> warnings,
        @Schema(description = "share of the document's text placed in the draft, 0 to 1", example = "0.99") double placed,
        @Schema(description = "every field the saved draft or the file gives a value, in the draft's order, with where the value in draft comes from")
        List<Field> fields) {

    /** Where a field's value in the merged draft comes from. */
    @Schema(name = "ImportOrigin", description = "FILE: only the file gives a value, it is in draft; SAVED: the saved value is kept (the file says "
            + "nothing of it, or the same); CONFLICT: the file says otherwise, the saved value stays in draft until the officer chooses")
    public enum Origin { FILE, SAVED, CONFLICT }

    /** One field of the draft, with the value saved before the import and the one the file gives. */
    @Schema(name = "ImportField")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(
            @Schema(required = true, description = "the field by its keys, escaped as in a JSON Pointer: /document/number, /document/date, "
                    + "/document/place, /document/answers/number, /document/answers/date, /document/signer/delegation, /document/signer/title, "
                    + "/document/signer/name, /document/recipients, /sections/{key}/text, /indicators/{code}, /nilReport",
                    example = "/indicators/II.1.support_people") String field,
            @Schema(required = true) Origin origin,
            @Schema(description = "the value saved before the import (a number, true/false, text or list of texts by the field); absent when none",
                    example = "196878") JsonNode saved,
            @Schema(description = "the value the file gives; absent when it says nothing of the field", example = "196900") JsonNode file) {
    }

    /** A figure read from a sentence that states it unambiguously. */
    @Schema(name = "ImportSuggestion")
    public record Suggestion(
            @Schema(example = "II.6.models") String code,
            @Schema(example = "1") JsonNode value,
            @Schema(example = "Ban Dân tộc tỉnh xây dựng 01 mô hình: Phát huy vai trò của người có uy tín …") String source) {
    }

    /** Text that could not be placed, with its line (paragraph for a .docx) and why. */
    @Schema(name = "ImportWarning")
    public record Warning(
            @Schema(example = "121") int line,
            @Schema(example = "Ban Dân tộc báo cáo đề Sở Nội vụ tổng hợp./.") String text,
            @Schema(example = "closing sentence of the letter, not part of any section") String reason) {
    }
}
