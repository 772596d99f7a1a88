package vn.gov.quangngai.baocao.report.reports;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.report.rounds.ReportRow;

/** OpenAPI shape of a page of ReportRow (generic records are not described by the generator). */
@Schema(name = "ReportRowPage")
public record ReportRowPage(@Schema(required = true) List<ReportRow> items, int page, int size, long total) {
}
