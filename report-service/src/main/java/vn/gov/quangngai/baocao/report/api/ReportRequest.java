package vn.gov.quangngai.baocao.report.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.report.domain.ReportContent;

/** OpenAPI shape of a report draft (read field by field against the round's outline). */
@Schema(name = "ReportRequest")
public record ReportRequest(
        ReportContent.Document document,
        @Schema(description = "one text per section key of the outline") List<ReportContent.SectionText> sections,
        @Schema(description = "figures by code; value a number, boolean or string by the figure's type, or null for empty") List<ReportContent.IndicatorValue> indicators,
        @Schema(description = "nothing to report this round: counts as submitted, gives no figures") Boolean nilReport) {
}
