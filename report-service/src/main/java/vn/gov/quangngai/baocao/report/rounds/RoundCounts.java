package vn.gov.quangngai.baocao.report.rounds;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a round's expected agencies stand, counted by report status. The status counts are disjoint
 * and add up to {@code expected}; {@code nil} and {@code late} count across them.
 */
@Schema(name = "RoundCounts", description = "The round's reports by status: notStarted + draft + submitted + returned + accepted = expected")
public record RoundCounts(
        @Schema(required = true, example = "3") int expected,
        @Schema(required = true, description = "nothing saved yet", example = "1") int notStarted,
        @Schema(required = true, description = "a draft saved, never submitted", example = "0") int draft,
        @Schema(required = true, description = "status SUBMITTED: waiting for SNV's review", example = "1") int submitted,
        @Schema(required = true, description = "status RETURNED: sent back for correction", example = "0") int returned,
        @Schema(required = true, description = "status ACCEPTED", example = "1") int accepted,
        @Schema(required = true, description = "submitted or accepted nil reports (Không phát sinh)", example = "0") int nil,
        @Schema(required = true, description = "reports whose first submission came after the deadline", example = "1") int late) {
}
