package vn.gov.quangngai.baocao.report.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.report.shared.ReportContent;
import vn.gov.quangngai.baocao.report.shared.ReportStatus;

/** An agency's report: where it stands, and its content (the draft for its agency and reviewers; the last submitted version for report readers). */
@Schema(name = "Report")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(
        @Schema(required = true, example = "DVCQ-2021") String round,
        @Schema(required = true, example = "BDT") String agency,
        @Schema(required = true, example = "Ban Dân tộc") String agencyName,
        @Schema(required = true, type = SchemaType.STRING, implementation = ReportStatus.class, example = "SUBMITTED") String status,
        @Schema(required = true, description = "the latest submitted version; 0 before the first submission", example = "1") int version,
        @Schema(description = "when the latest version was submitted") OffsetDateTime submittedAt,
        @Schema(description = "when the first version was submitted") OffsetDateTime firstSubmittedAt,
        @Schema(required = true, description = "the first submission came after the deadline") boolean late,
        @Schema(description = "SNV's reason, while the report is RETURNED", example = "Bổ sung số liệu tiếp công dân định kỳ và đột xuất.") String returnReason,
        @Schema(description = "the closed round accepts this agency's submission until then (reopened by SNV)") OffsetDateTime reopenedUntil,
        @Schema(description = "SNV reopened the closed round for this agency") Boolean reopened,
        OffsetDateTime updatedAt,
        ReportContent.Document document,
        @Schema(required = true) List<ReportContent.SectionText> sections,
        @Schema(required = true) List<ReportContent.IndicatorValue> indicators,
        @Schema(description = "the agency has nothing to report this round") Boolean nilReport) {
}
