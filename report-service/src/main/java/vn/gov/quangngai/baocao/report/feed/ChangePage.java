package vn.gov.quangngai.baocao.report.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed and the cursor to read on from. */
@Schema(name = "ChangePage")
public record ChangePage(
        @Schema(required = true) List<Change> items,
        @Schema(required = true, description = "pass as after= to read on; never null", example = "42") long next) {

    /** One status change of a report, or a round event (no agency). */
    @Schema(name = "Change")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(
            @Schema(required = true, example = "42") long seq,
            @Schema(required = true, example = "DVCQ-2021") String round,
            @Schema(example = "BDT") String agency,
            @Schema(example = "2") Integer version,
            @Schema(required = true, enumeration = {"SUBMITTED", "RETURNED", "ACCEPTED", "REOPENED", "ROUND_OPENED", "ROUND_CLOSED"}, example = "SUBMITTED") String status,
             @Schema(required = true) OffsetDateTime at) {
    }
}
