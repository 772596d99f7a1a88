package vn.gov.quangngai.baocao.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Fetches access tokens from a realm's token endpoint, as scripts and tests do. */
public final class KeycloakTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String tokenEndpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param issuer the realm's issuer, e.g. {@code http://127.0.0.1:8180/realms/baocao} */
    public KeycloakTokens(String issuer) {
        this.tokenEndpoint = issuer + "/protocol/openid-connect/token";
    }

    /** A person's token through the public {@code baocao-cli} client (password grant). */
    public String forUser(String username, String password) {
        return request(Map.of(
                "grant_type", "password",
                "client_id", "baocao-cli",
                "username", username,
                "password", password));
    }

    /** A demo person's token: in the development realm the password is the user name. */
    public String forDemoUser(String username) {
        return forUser(username, username);
    }

    /** A confidential client's own token (client-credentials grant). */
    public String forClient(String clientId, String secret) {
        return request(Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", secret));
    }

    /** A development-realm client's token: its secret is {@code <client-id>-dev-secret}. */
    public String forDevClient(String clientId) {
        return forClient(clientId, clientId + "-dev-secret");
    }

    private String request(Map<String, String> form) {
        Map<String, String> ordered = new LinkedHashMap<>(form);
        String body = ordered.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request refused (" + response.statusCode() + "): " + response.body());
            }
            JsonNode token = JSON.readTree(response.body());
            return token.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("token endpoint unreachable: " + tokenEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
