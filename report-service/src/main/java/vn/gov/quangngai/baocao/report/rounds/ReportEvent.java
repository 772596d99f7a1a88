package vn.gov.quangngai.baocao.report.rounds;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.report.shared.ReportStatus;
import vn.gov.quangngai.baocao.support.caller.Actor;

/** One step of a report's audit trail. */
@Schema(name = "ReportEvent")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportEvent(
        @Schema(required = true) long id,
        @Schema(required = true) OffsetDateTime at,
        @Schema(required = true, enumeration = {"DRAFT_SAVED", "SUBMITTED", "RETURNED", "ACCEPTED", "REOPENED"}, example = "RETURNED") String action,
        @Schema(required = true) Actor actor,
        @Schema(required = true, type = SchemaType.STRING, implementation = ReportStatus.class, example = "SUBMITTED") String fromStatus,
        @Schema(required = true, type = SchemaType.STRING, implementation = ReportStatus.class, example = "RETURNED") String toStatus,
        @Schema(required = true, description = "the version the step concerns (0 before the first submission)", example = "1") int version,
        @Schema(example = "Bổ sung số liệu tiếp công dân định kỳ và đột xuất.") String reason) {
}
