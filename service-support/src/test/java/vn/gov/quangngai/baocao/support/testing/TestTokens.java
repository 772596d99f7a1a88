package vn.gov.quangngai.baocao.support.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Access tokens shaped like the baocao realm's, signed with the test key whose public half the
 * services' {@code %test} profile trusts. For module tests only; the suite's security is proven
 * against the real Keycloak in deploy/system-tests.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/baocao";

    private static final PrivateKey SIGNING_KEY = readKey("/test-tokens/signing-key.pem");

    private final String audience;

    private TestTokens(String audience) {
        this.audience = audience;
    }

    /** Tokens for the service of this client id (the token's audience). */
    public static TestTokens forService(String audience) {
        return new TestTokens(audience);
    }

    /** A person of an agency with the given realm roles. */
    public String person(String username, String agencyCode, String agencyName, String... roles) {
        JwtClaimsBuilder claims = base(username, roles);
        if (agencyCode != null) {
            claims.claim("agency_code", agencyCode).claim("agency_name", agencyName);
        }
        return claims.sign(SIGNING_KEY);
    }

    /** A token like {@link #person} but issued for another audience. */
    public String personForAudience(String otherAudience, String username, String... roles) {
        return base(username, roles).audience(otherAudience).sign(SIGNING_KEY);
    }

    /** A token like {@link #person} that expired an hour ago. */
    public String expired(String username, String... roles) {
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        return base(username, roles).issuedAt(anHourAgo.minusSeconds(300)).expiresAt(anHourAgo).sign(SIGNING_KEY);
    }

    private JwtClaimsBuilder base(String username, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject("sub-" + username)
                .audience(audience)
                .claim("azp", "baocao-cli")
                .claim("preferred_username", username)
                .claim("name", username + " (test)")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(300);
    }

    private static PrivateKey readKey(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("bad test signing key", e);
        }
    }
}
