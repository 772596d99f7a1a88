package vn.gov.quangngai.baocao.report.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed in a report between two versions, or between its latest version and the current draft. */
@Schema(name = "ReportDiff")
public record ReportDiff(
        @Schema(required = true, example = "DVCQ-2021") String round,
        @Schema(required = true, example = "BDT") String agency,
        @Schema(required = true) Side from,
        @Schema(required = true) Side to,
        @Schema(required = true, description = "sections with text on either side, in outline order") List<ReportChanges.SectionChange> sections,
        @Schema(required = true, description = "figures with a value on either side, in outline order") List<ReportChanges.FigureChange> indicators,
        @Schema(required = true, description = "fields of the document block that differ") List<ReportChanges.FieldChange> document,
        @Schema(required = true) ReportChanges.NilChange nilReport) {

    /** One side of the comparison: a frozen version, or the current draft. */
    @Schema(name = "DiffSide")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Side(@Schema(description = "the version; absent for the draft", example = "1") Integer version,
                       OffsetDateTime submittedAt,
                       @Schema(description = "true for the current draft") boolean draft) {
    }
}
