package vn.gov.quangngai.baocao.report.reports;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.report.shared.ReportContent;
import vn.gov.quangngai.baocao.support.caller.Actor;

/** A frozen version of a report, exactly as it was submitted. */
@Schema(name = "ReportVersion")
public record ReportVersion(
        @Schema(required = true, example = "DVCQ-2021") String round,
        @Schema(required = true, example = "BDT") String agency,
        @Schema(required = true, example = "1") int version,
        @Schema(required = true) OffsetDateTime submittedAt,
        @Schema(required = true) Actor submittedBy,
        @Schema(required = true) boolean late,
        ReportContent.Document document,
        @Schema(required = true) List<ReportContent.SectionText> sections,
        @Schema(required = true) List<ReportContent.IndicatorValue> indicators,
        @Schema(required = true) boolean nilReport) {
}
