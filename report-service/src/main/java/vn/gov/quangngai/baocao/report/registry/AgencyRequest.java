package vn.gov.quangngai.baocao.report.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.support.body.JsonBody;

/** A member agency to add: its code (never changed later), official name, kind and parent. */
@JsonBody
@Schema(name = "AgencyRequest", additionalProperties = Schema.False.class)
public record AgencyRequest(
        @NotNull @Pattern(regexp = "[A-Z0-9-]{2,40}", message = "{baocao.code.pattern}") @Schema(example = "TRABONG2") String code,
        @NotBlank @Size(max = 300, message = "{baocao.text.max}") @Schema(example = "UBND huyện Trà Bồng") String name,
        @NotNull AgencyKind kind,
        @Size(max = 40, message = "{baocao.text.max}") @Schema(description = "code of the agency it belongs to, if any") String parent) {
}
