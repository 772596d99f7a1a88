package vn.gov.quangngai.baocao.support.caller;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who a request comes from, as its access token says. */
@Schema(name = "Caller", description = "The caller as the access token names it")
public record Caller(
        @Schema(description = "the token's subject (Keycloak user id)", example = "9b4c5f0e-2f55-4a43-a8f3-1f1b0d1c2e3a") String subject,
        @Schema(description = "preferred_username", example = "alice") String username,
        @Schema(description = "full name, when the token has one", example = "Alice Nguyễn Thị") String name,
        @Schema(description = "the agency the caller acts for; absent for callers of no agency") @JsonInclude(JsonInclude.Include.NON_NULL) Agency agency,
        @Schema(description = "the caller's baocao realm roles", example = "[\"submitter\"]") List<String> roles,
        @Schema(description = "the OAuth client the token was issued to", example = "baocao-cli") String client) {

    /** An agency by its registry code and official name. */
    @Schema(name = "CallerAgency")
    public record Agency(
            @Schema(example = "BDT") String code,
            @Schema(example = "Ban Dân tộc") String name) {
    }
}
