package vn.gov.quangngai.baocao.aggregation.summary;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.support.caller.Actor;

/** A snapshot in the round's list: which, when, by whom, on which basis. */
@Schema(name = "SnapshotEntry")
public record SnapshotEntry(
        @Schema(example = "3f0c2a4e-8a51-4a8e-9d1c-2f7d1c6b9e10") String id,
        OffsetDateTime takenAt,
        Actor takenBy,
        @Schema(description = "submitted or accepted", example = "submitted") String basis) {
}
