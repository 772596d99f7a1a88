package vn.gov.quangngai.baocao.report.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.report.domain.ReportContent;

/** What a legacy report becomes: the draft, the figures suggested from its sentences, what could not be placed, and the share that was. */
@Schema(name = "ImportResult")
public record ImportResult(
        ReportContent draft,
        List<Suggestion> suggestions,
        List<Warning> warnings,
        @Schema(description = "share of the document's text placed in the draft, 0 to 1", example = "0.99") double placed) {

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
