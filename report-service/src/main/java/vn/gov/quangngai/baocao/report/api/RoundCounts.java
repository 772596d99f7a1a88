package vn.gov.quangngai.baocao.report.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a round's expected agencies stand, counted by report status. The status counts are disjoint
 * and add up to {@code expected}; {@code nil} and {@code late} count across them.
 */
@Schema(name = "RoundCounts", description = "The round's reports by status: notStarted + draft + submitted + returned + accepted = expected")
public record RoundCounts(
        @Schema(example = "3") int expected,
        @Schema(description = "nothing saved yet", example = "1") int notStarted,
        @Schema(description = "a draft saved, never submitted", example = "0") int draft,
        @Schema(description = "status SUBMITTED: waiting for SNV's review", example = "1") int submitted,
        @Schema(description = "status RETURNED: sent back for correction", example = "0") int returned,
        @Schema(description = "status ACCEPTED", example = "1") int accepted,
        @Schema(description = "submitted or accepted nil reports (Không phát sinh)", example = "0") int nil,
        @Schema(description = "reports whose first submission came after the deadline", example = "1") int late) {
}
