package vn.gov.quangngai.baocao.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** No secret value is ever in the repository: a Secret in the manifests may name itself, never hold data. */
final class SecretRules {

    private SecretRules() {
    }

    static List<String> problems(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode secret : Manifests.ofKind(objects, "Secret")) {
            for (String field : new String[] {"data", "stringData"}) {
                if (secret.has(field) && !secret.get(field).isEmpty()) {
                    problems.add(Manifests.id(secret) + ": holds " + field + " (create it with kubectl create secret, README)");
                }
            }
        }
        return problems;
    }

    /**
     * Every Secret the manifests refer to is made by an operator (a database's {@code <cluster>-app})
     * or by a command of the README that gives it the key read: a reference to anything else would
     * leave a pod or the realm import waiting for a Secret nobody was told to create.
     */
    static List<String> undocumented(List<ObjectNode> objects, String readme) {
        Set<String> operatorMade = new HashSet<>();
        Manifests.ofKind(objects, "Cluster").forEach(c -> operatorMade.add(c.path("metadata").path("name").asText() + "-app"));
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : objects) {
            for (String[] reference : references(object)) {
                String name = reference[0];
                String key = reference[1];
                if (operatorMade.contains(name)) {
                    continue;
                }
                String command = key == null ? command(readme, "create secret tls " + name) : command(readme, "create secret generic " + name);
                if (command == null) {
                    problems.add(Manifests.id(object) + ": Secret " + name + " is made by no command of the README");
                } else if (key != null && !command.contains("--from-literal=" + key + "=")) {
                    problems.add(Manifests.id(object) + ": the README's Secret " + name + " has no key " + key);
                }
            }
        }
        return problems;
    }

    /** Secret name and key (null for a TLS Secret) of each reference an object makes. */
    private static List<String[]> references(ObjectNode object) {
        List<String[]> references = new ArrayList<>();
        JsonNode spec = object.path("spec");
        switch (object.path("kind").asText()) {
            case "Deployment" -> {
                for (JsonNode container : spec.path("template").path("spec").path("containers")) {
                    for (JsonNode env : container.path("env")) {
                        add(references, env.path("valueFrom").path("secretKeyRef"));
                    }
                }
            }
            case "KeycloakRealmImport" -> spec.path("placeholders").forEach(p -> add(references, p.path("secret")));
            case "Keycloak" -> {
                add(references, spec.path("db").path("usernameSecret"));
                add(references, spec.path("db").path("passwordSecret"));
            }
            case "Cluster" -> spec.path("backup").path("barmanObjectStore").path("s3Credentials").forEach(c -> add(references, c));
            case "Ingress" -> spec.path("tls").forEach(t -> references.add(new String[] {t.path("secretName").asText(), null}));
            default -> {
            }
        }
        return references;
    }

    private static void add(List<String[]> references, JsonNode selector) {
        if (selector.has("name")) {
            references.add(new String[] {selector.path("name").asText(), selector.path("key").asText()});
        }
    }

    /** The shell command that starts with {@code start} (followed by a space or the line's end), continuation lines included. */
    private static String command(String readme, String start) {
        for (int at = readme.indexOf(start); at >= 0; at = readme.indexOf(start, at + 1)) {
            int after = at + start.length();
            if (after < readme.length() && !Character.isWhitespace(readme.charAt(after))) {
                continue;
            }
            StringBuilder command = new StringBuilder();
            for (String line : readme.substring(at).split("\n")) {
                command.append(line).append('\n');
                if (!line.endsWith("\\")) {
                    break;
                }
            }
            return command.toString();
        }
        return null;
    }
}
