package vn.gov.quangngai.baocao.console.config;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The anti-forgery token of a signed-in session: HMAC-SHA256, under the console's key, of the person
 * ({@code sub}) and their Keycloak session ({@code sid}, kept through token refreshes) from the ID
 * token. Nothing is stored: every replica behind a load balancer derives the same value from the
 * same key, and a value planted as a cookie or read on another session's page does not match.
 */
@ApplicationScoped
public class FormTokens {

    /** The form field every form carries the token in (the name the forms have always used). */
    public static final String FIELD = "csrf-token";

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MINIMUM_KEY_LENGTH = 32;

    private final SecretKeySpec key;

    public FormTokens(ConsoleConfig config) {
        String secret = config.csrfKey();
        if (secret.length() < MINIMUM_KEY_LENGTH) {
            throw new IllegalStateException("baocao.console.csrf-key (BAOCAO_CONSOLE_CSRF_KEY) must be at least "
                    + MINIMUM_KEY_LENGTH + " characters long");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The token of this person's session; none for someone not signed in, who has no form to send. */
    public Optional<String> of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        String subject = identity.getPrincipal().getName();
        String session = "";
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            subject = token.getSubject() == null ? subject : token.getSubject();
            Object sid = token.getClaim("sid");
            session = sid == null ? "" : sid.toString();
        }
        return Optional.of(of(subject, session));
    }

    /** The token of the person {@code subject} in the Keycloak session {@code session}. */
    public String of(String subject, String session) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(subject + '\u0000' + session));
    }

    /** Whether {@code sent} is this session's token, compared in constant time. */
    public boolean matches(SecurityIdentity identity, String sent) {
        Optional<String> expected = of(identity);
        return sent != null && expected.isPresent()
                && MessageDigest.isEqual(expected.get().getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] mac(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
