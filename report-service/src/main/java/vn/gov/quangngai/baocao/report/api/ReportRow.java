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
        @Schema(example = "SUBMITTED") String status,
        @Schema(example = "1") int version,
        OffsetDateTime submittedAt,
        boolean late) {
}
