package vn.gov.quangngai.baocao.report.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One expected agency's line in a round's list of reports. */
@Schema(name = "ReportRow")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportRow(
        @Schema(example = "BDT") String agency,
        @Schema(example = "Ban Dân tộc") String agencyName,
        @Schema(description = "NOT_STARTED, DRAFT, SUBMITTED, RETURNED or ACCEPTED", example = "SUBMITTED") String status,
        @Schema(description = "the latest submitted version; 0 before the first submission", example = "1") int version,
        @Schema(description = "when the latest version was submitted") OffsetDateTime submittedAt,
        @Schema(description = "when the first version was submitted") OffsetDateTime firstSubmittedAt,
        @Schema(description = "the first submission came after the deadline") boolean late,
        @Schema(description = "SNV's reason, while the report is RETURNED", example = "Bổ sung số liệu tiếp công dân định kỳ và đột xuất.") String returnReason,
        @Schema(description = "true when the submitted or accepted version is a nil report (Không phát sinh)") Boolean nilReport,
        @Schema(description = "SNV reopened the closed round for this agency") Boolean reopened) {
}
