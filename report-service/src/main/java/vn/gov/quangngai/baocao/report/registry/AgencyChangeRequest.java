package vn.gov.quangngai.baocao.report.registry;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.support.body.JsonBody;

/**
 * One dated change to the registry with its legal basis. By {@code type}: CREATE {code, name, kind,
 * parent?}; RENAME {code, name, kind?, parent?}; MERGE {from:[code], into:{code, name?, kind?}} (into
 * an existing agency, or a new one with name and kind); SPLIT {code, into:[{code, name, kind}]};
 * DISSOLVE {code}. Which fields each type takes is checked by {@code AgencyChangeRequestRules}.
 */
@JsonBody
@Schema(name = "AgencyChangeRequest", additionalProperties = Schema.False.class)
public record AgencyChangeRequest(
        @NotNull Type type,
        @NotNull @Schema(example = "2025-03-01") LocalDate effective,
        @NotBlank @Size(max = 500, message = "{baocao.text.max}")
        @Schema(description = "the decision that made the change (number, date, issuer)", example = "Quyết định số 12/QĐ-UBND ngày 20/02/2025 của UBND tỉnh") String basis,
        @Pattern(regexp = "[A-Z0-9-]{2,40}", message = "{baocao.code.pattern}") @Schema(example = "BDT") String code,
        @Size(max = 300, message = "{baocao.text.max}") @Schema(example = "Sở Dân tộc và Tôn giáo") String name,
        AgencyKind kind,
        @Size(max = 40, message = "{baocao.text.max}") String parent,
        @Size(max = 100, message = "{baocao.items.max}") @Schema(description = "MERGE: the agencies that end", example = "[\"STNMT\", \"SNNPTNT\"]")
        List<@Pattern(regexp = "[A-Z0-9-]{2,40}", message = "{baocao.code.pattern}") String> from,
        @Schema(description = "MERGE: the successor {code, name?, kind?}; SPLIT: the new agencies [{code, name, kind}]",
                example = "{\"code\": \"SNNMT\", \"name\": \"Sở Nông nghiệp và Môi trường\", \"kind\": \"SO\"}") JsonNode into) {

    /** What kind of change. */
    @Schema(name = "AgencyChangeType")
    public enum Type { CREATE, RENAME, MERGE, SPLIT, DISSOLVE }
}
