package vn.gov.quangngai.baocao.report.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.report.domain.AgencyKind;

/** A member agency as the API shows it. */
@Schema(name = "Agency")
public record Agency(
        @Schema(required = true, example = "BDT") String code,
        @Schema(required = true, example = "Ban Dân tộc") String name,
        @Schema(description = "code of the agency it belongs to, if any", nullable = true) String parent,
        @Schema(required = true, type = SchemaType.STRING, implementation = AgencyKind.class, description = "SO (sở), BAN (ban), NGANH (ngành), HUYEN (district people's committee)", example = "BAN") String kind) {
}
