package vn.gov.quangngai.baocao.report.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member agency as the API shows it. */
@Schema(name = "Agency")
public record Agency(
        @Schema(example = "BDT") String code,
        @Schema(example = "Ban Dân tộc") String name,
        @Schema(description = "code of the agency it belongs to, if any", nullable = true) String parent,
        @Schema(description = "SO (sở), BAN (ban), NGANH (ngành), HUYEN (district people's committee)", example = "BAN") String kind) {
}
