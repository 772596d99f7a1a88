package vn.gov.quangngai.baocao.report.rounds;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.report.shared.ReportStatus;

/** One expected agency's line in a round's list of reports. */
@Schema(name = "ReportRow")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportRow(
        @Schema(required = true, example = "BDT") String agency,
        @Schema(required = true, example = "Ban Dân tộc") String agencyName,
        @Schema(required = true, type = SchemaType.STRING, implementation = ReportStatus.class, example = "SUBMITTED") String status,
        @Schema(required = true, description = "the latest submitted version; 0 before the first submission", example = "1") int version,
        @Schema(description = "when the latest version was submitted") OffsetDateTime submittedAt,
        @Schema(description = "when the first version was submitted") OffsetDateTime firstSubmittedAt,
        @Schema(required = true, description = "the first submission came after the deadline") boolean late,
        @Schema(description = "SNV's reason, while the report is RETURNED", example = "Bổ sung số liệu tiếp công dân định kỳ và đột xuất.") String returnReason,
        @Schema(description = "true when the submitted or accepted version is a nil report (Không phát sinh)") Boolean nilReport,
        @Schema(description = "SNV reopened the closed round for this agency") Boolean reopened) {
}
