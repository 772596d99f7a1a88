package vn.gov.quangngai.baocao.report.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed and the cursor to read on from. */
@Schema(name = "ChangePage")
public record ChangePage(
        List<Change> items,
        @Schema(description = "pass as after= to read on; never null", example = "42") long next) {

    /** One status change of a report, or a round event (no agency). */
    @Schema(name = "Change")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(
            @Schema(example = "42") long seq,
            @Schema(example = "DVCQ-2021") String round,
            @Schema(example = "BDT") String agency,
            @Schema(example = "2") Integer version,
            @Schema(description = "SUBMITTED, RETURNED, ACCEPTED, REOPENED, ROUND_OPENED or ROUND_CLOSED", example = "SUBMITTED") String status,
            OffsetDateTime at) {
    }
}
