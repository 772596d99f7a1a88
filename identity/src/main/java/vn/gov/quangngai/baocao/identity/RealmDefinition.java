package vn.gov.quangngai.baocao.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The baocao realm as Keycloak imports it: the production definition, optionally with the
 * development additions (demo people, fixed client secrets) that a production realm never holds.
 */
public final class RealmDefinition {

    public static final String REALM = "baocao";
    static final String PRODUCTION_RESOURCE = "/realm/baocao-realm.json";
    static final String DEV_ADDITIONS_RESOURCE = "/realm/baocao-dev-additions.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode realm;

    private RealmDefinition(ObjectNode realm) {
        this.realm = realm;
    }

    /** The realm as production imports it: roles, agency groups, clients; no people, no secrets. */
    public static RealmDefinition production() {
        return new RealmDefinition((ObjectNode) read(PRODUCTION_RESOURCE));
    }

    /**
     * The production realm plus the demo people, the {@code <client-id>-dev-secret} secrets and the
     * local redirect URIs of the browser clients (the console on 127.0.0.1:8080).
     */
    public static RealmDefinition development() {
        RealmDefinition definition = production();
        JsonNode additions = read(DEV_ADDITIONS_RESOURCE);
        ArrayNode users = (ArrayNode) definition.realm.withArray("users");
        additions.get("users").forEach(users::add);
        JsonNode secrets = additions.get("clientSecrets");
        JsonNode redirects = additions.path("clientRedirectUris");
        for (JsonNode client : definition.realm.get("clients")) {
            String clientId = client.get("clientId").asText();
            JsonNode secret = secrets.get(clientId);
            if (secret != null) {
                ((ObjectNode) client).put("secret", secret.asText());
            }
            redirects.path(clientId).forEach(((ObjectNode) client).withArray("redirectUris")::add);
        }
        return definition;
    }

    /**
     * This realm with one more address a browser client may come back to, e.g. a console that
     * tests start on a free port. Only for tests and local runs: it changes the definition in place.
     */
    public RealmDefinition withRedirectUri(String clientId, String uri) {
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asText().equals(clientId)) {
                ((ObjectNode) client).withArray("redirectUris").add(uri);
                return this;
            }
        }
        throw new IllegalArgumentException("no client " + clientId + " in the realm");
    }

    public JsonNode json() {
        return realm.deepCopy();
    }

    /** Writes the realm where {@code kc.sh --import-realm} picks it up, atomically. */
    public void writeTo(Path importDirectory) {
        try {
            Files.createDirectories(importDirectory);
            Path target = importDirectory.resolve(REALM + "-realm.json");
            Path temporary = Files.createTempFile(importDirectory, REALM, ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), realm);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the realm into " + importDirectory, e);
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = RealmDefinition.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
