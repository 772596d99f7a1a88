package vn.gov.quangngai.baocao.identity;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Command line entry of {@link KeycloakServer} for {@code deploy/local/up.sh}: starts Keycloak
 * with the development realm, prints "ready" and stays in the foreground until stopped; stopping
 * it (SIGTERM) stops Keycloak too.
 *
 * <pre>
 * java -cp identity.jar:lib/* vn.gov.quangngai.baocao.identity.KeycloakLauncher \
 *     --distribution-zip keycloak-quarkus-dist-26.5.6.zip --cache ~/.cache/baocao \
 *     --http-port 8180 --management-port 9000 [--realm development|production]
 * </pre>
 */
public final class KeycloakLauncher {

    private KeycloakLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = parse(args);
        RealmDefinition realm = "production".equals(options.getOrDefault("realm", "development"))
                ? RealmDefinition.production()
                : RealmDefinition.development();
        KeycloakServer server = KeycloakServer.start(new KeycloakServer.Options(
                Path.of(required(options, "distribution-zip")),
                Path.of(required(options, "cache")),
                Integer.parseInt(options.getOrDefault("http-port", "8180")),
                Integer.parseInt(options.getOrDefault("management-port", "9000")),
                realm,
                options.getOrDefault("admin-user", "admin"),
                options.getOrDefault("admin-password", "admin"),
                null));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "keycloak-stop"));
        System.out.println("Keycloak ready: " + server.issuer());
        System.exit(server.waitFor());
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }
}
