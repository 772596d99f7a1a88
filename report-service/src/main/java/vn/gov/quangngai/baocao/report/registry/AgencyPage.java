package vn.gov.quangngai.baocao.report.registry;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of agencies (generic records are not described by the generator). */
@Schema(name = "AgencyPage")
public record AgencyPage(@Schema(required = true) List<Agency> items, int page, int size, long total) {
}
