package vn.gov.quangngai.baocao.report.rounds;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of Round (generic records are not described by the generator). */
@Schema(name = "RoundPage")
public record RoundPage(@Schema(required = true) List<Round> items, int page, int size, long total) {
}
