package vn.gov.quangngai.baocao.support.caller;

import java.text.Normalizer;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who did something, as audit trails and snapshots name them: the token's subject, user name and full name. */
@Schema(name = "Actor")
public record Actor(
        @Schema(example = "9b4c5f0e-2f55-4a43-a8f3-1f1b0d1c2e3a") String subject,
        @Schema(example = "bob") String username,
        @Schema(example = "Bob Lê Văn") String name) {

    /** The caller of this token. */
    public static Actor of(JsonWebToken token) {
        return new Actor(token.getSubject(), claim(token, "preferred_username"), claim(token, "name"));
    }

    /** A text claim of the token in Unicode NFC, or null: names compare the same whatever form Keycloak stored. */
    public static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? null : Normalizer.normalize(value.toString(), Normalizer.Form.NFC);
    }
}
