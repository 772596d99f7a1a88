package vn.gov.quangngai.baocao.report.onboarding;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How Keycloak's agency groups differed from the registry, and whether this call repaired it. */
@Schema(name = "AgencyGroupDrift")
public record AgencyGroupDrift(
        @Schema(required = true, description = "only compared, as asked") boolean dryRun,
        @Schema(required = true, description = "groups were created or renamed by this call") boolean repaired,
        @Schema(required = true, description = "agencies of the registry without a group", example = "[\"XATINHKHE\"]") List<String> missing,
        @Schema(required = true, description = "groups whose agency_name is not the registry's name") List<Renamed> renamed,
        @Schema(required = true, description = "agency groups of codes the registry does not hold: reported, never removed", example = "[]") List<String> extra,
        @Schema(required = true, description = "the outcome in words, in the caller's language",
                example = "Thiếu 1 nhóm (XATINHKHE), 0 nhóm mang tên khác danh mục; đã sửa.") String summary) {

    /** A group that carried another name than the registry's ({@code from} is absent when it carried none). */
    @Schema(name = "AgencyGroupRenamed")
    public record Renamed(
            @Schema(required = true, example = "VPUBND") String code,
            @Schema(example = "Văn phòng UBND tỉnh") String from,
            @Schema(required = true, example = "Văn phòng Ủy ban nhân dân tỉnh") String to) {
    }
}
