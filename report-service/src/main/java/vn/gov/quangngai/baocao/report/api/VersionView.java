package vn.gov.quangngai.baocao.report.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.support.caller.Actor;
import vn.gov.quangngai.baocao.report.domain.ReportContent;

/** A frozen version of a report, exactly as it was submitted. */
@Schema(name = "ReportVersion")
public record VersionView(
        @Schema(example = "DVCQ-2021") String round,
        @Schema(example = "BDT") String agency,
        @Schema(example = "1") int version,
        OffsetDateTime submittedAt,
        Actor submittedBy,
        boolean late,
        ReportContent.Document document,
        List<ReportContent.SectionText> sections,
        List<ReportContent.IndicatorValue> indicators,
        boolean nilReport) {
}
