package vn.gov.quangngai.baocao.report.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.support.caller.Actor;

/** One step of a report's audit trail. */
@Schema(name = "ReportEvent")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventView(
        long id,
        OffsetDateTime at,
        @Schema(description = "DRAFT_SAVED, SUBMITTED, RETURNED, ACCEPTED or REOPENED", example = "RETURNED") String action,
        Actor actor,
        @Schema(example = "SUBMITTED") String fromStatus,
        @Schema(example = "RETURNED") String toStatus,
        @Schema(description = "the version the step concerns (0 before the first submission)", example = "1") int version,
        @Schema(example = "Bổ sung số liệu tiếp công dân định kỳ và đột xuất.") String reason) {
}
