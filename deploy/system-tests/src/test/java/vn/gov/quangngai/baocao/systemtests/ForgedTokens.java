package vn.gov.quangngai.baocao.systemtests;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/** Tokens that look like the realm's in every claim but are signed by a key Keycloak never had. */
final class ForgedTokens {

    private ForgedTokens() {
    }

    static String signedByStranger(String issuer, String audience, String username, String agencyCode, String role) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"stranger\"}";
        String payload = "{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"sub\":\"forged-" + username + "\","
                + "\"preferred_username\":\"" + username + "\",\"agency_code\":\"" + agencyCode + "\","
                + "\"realm_access\":{\"roles\":[\"" + role + "\"]},\"iat\":" + now + ",\"exp\":" + (now + 300) + "}";
        String signingInput = base64(header.getBytes(StandardCharsets.UTF_8)) + "." + base64(payload.getBytes(StandardCharsets.UTF_8));
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            PrivateKey key = generator.generateKeyPair().getPrivate();
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
