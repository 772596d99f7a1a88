package vn.gov.quangngai.baocao.report.rounds;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of ReportEvent (generic records are not described by the generator). */
@Schema(name = "EventPage")
public record EventPage(@Schema(required = true) List<ReportEvent> items, int page, int size, long total) {
}
