package vn.gov.quangngai.baocao.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a production realm must be (issue 22): no people and no secrets in it, no password grant,
 * redirect URIs of the deployment's own hosts over HTTPS, brute-force protection on, token
 * lifetimes stated.
 */
final class RealmRules {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*}");
    private static final List<String> LIFETIMES = List.of("accessTokenLifespan", "ssoSessionIdleTimeout", "ssoSessionMaxLifespan");

    private RealmRules() {
    }

    static List<String> problems(JsonNode realm, Set<String> publicHosts) {
        List<String> problems = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            String name = user.path("username").asText();
            if (!user.hasNonNull("serviceAccountClientId")) {
                problems.add("user " + name + " is a person: a production realm has none");
            }
            if (!user.path("credentials").isEmpty()) {
                problems.add("user " + name + " has credentials");
            }
        }
        for (JsonNode client : realm.path("clients")) {
            String id = "client " + client.path("clientId").asText();
            if (client.path("directAccessGrantsEnabled").asBoolean(false)) {
                problems.add(id + " allows the password grant (directAccessGrantsEnabled)");
            }
            if (client.path("implicitFlowEnabled").asBoolean(false)) {
                problems.add(id + " allows the implicit flow");
            }
            if (client.has("secret") && !PLACEHOLDER.matcher(client.path("secret").asText()).matches()) {
                problems.add(id + " holds a secret instead of a ${PLACEHOLDER} filled from a Secret");
            }
            for (JsonNode redirect : client.path("redirectUris")) {
                problems.addAll(redirect(id, redirect.asText(), publicHosts));
            }
            for (JsonNode origin : client.path("webOrigins")) {
                if ("*".equals(origin.asText())) {
                    problems.add(id + " accepts any web origin");
                }
            }
        }
        if (!realm.path("bruteForceProtected").asBoolean(false)) {
            problems.add("bruteForceProtected is not on");
        }
        for (String lifetime : LIFETIMES) {
            if (!realm.path(lifetime).canConvertToInt() || realm.path(lifetime).asInt() <= 0) {
                problems.add(lifetime + " is not stated");
            }
        }
        return problems;
    }

    /** https, one of the deployment's hosts exactly, and a wildcard at most as the whole last path segment. */
    private static List<String> redirect(String id, String uri, Set<String> publicHosts) {
        URI parsed;
        try {
            parsed = URI.create(uri.endsWith("/*") ? uri.substring(0, uri.length() - 1) : uri);
        } catch (IllegalArgumentException e) {
            return List.of(id + " redirect URI " + uri + " is not a URI");
        }
        List<String> problems = new ArrayList<>();
        if (!"https".equals(parsed.getScheme())) {
            problems.add(id + " redirect URI " + uri + " is not https");
        }
        if (parsed.getHost() == null || !publicHosts.contains(parsed.getHost()) || parsed.getPort() != -1) {
            problems.add(id + " redirect URI " + uri + " is not on one of the public hosts " + publicHosts);
        }
        if (parsed.toString().contains("*")) {
            problems.add(id + " redirect URI " + uri + " has a wildcard before its last segment");
        }
        return problems;
    }
}
