package vn.gov.quangngai.baocao.report.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.support.body.JsonBody;

/** A member agency's new name, kind and parent; its code, in the path, stays. */
@JsonBody
@Schema(name = "AgencyUpdateRequest", additionalProperties = Schema.False.class)
public record AgencyUpdateRequest(
        @NotBlank @Size(max = 300, message = "{baocao.text.max}") @Schema(example = "Sở Dân tộc và Tôn giáo") String name,
        @NotNull AgencyKind kind,
        @Size(max = 40, message = "{baocao.text.max}") @Schema(description = "code of the agency it belongs to, if any") String parent) {
}
