package vn.gov.quangngai.baocao.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The environment the manifests give each application is the one it reads: every variable set on
 * a container, directly or from a ConfigMap, is named as {@code ${NAME…}} in that application's
 * application.properties. A misspelt name would otherwise be ignored and the default (a local
 * address, a development secret) used in its place.
 */
final class EnvironmentRules {

    /** Read by the JVM itself, not through application.properties. */
    private static final Set<String> NOT_IN_PROPERTIES = Set.of("JAVA_TOOL_OPTIONS");

    private EnvironmentRules() {
    }

    /** {@code repository}: the root of the repository, where each Deployment's module is the directory of its name. */
    static List<String> problems(List<ObjectNode> objects, Path repository) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : Manifests.ofKind(objects, "Deployment")) {
            String module = deployment.path("metadata").path("name").asText();
            Path file = repository.resolve(module).resolve("src/main/resources/application.properties");
            if (!Files.isRegularFile(file)) {
                problems.add(Manifests.id(deployment) + ": no module " + module + " with an application.properties");
                continue;
            }
            String text = read(file);
            for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
                for (String name : variables(container, objects)) {
                    // QUARKUS_… is a Quarkus property in its environment form, read without a ${…}
                    if (!name.startsWith("QUARKUS_") && !NOT_IN_PROPERTIES.contains(name)
                            && !text.contains("${" + name + ":") && !text.contains("${" + name + "}")) {
                        problems.add(Manifests.id(deployment) + ": sets " + name + ", which its application.properties does not read");
                    }
                }
            }
        }
        return problems;
    }

    private static Set<String> variables(JsonNode container, List<ObjectNode> objects) {
        Set<String> names = new LinkedHashSet<>();
        container.path("env").forEach(e -> names.add(e.path("name").asText()));
        for (JsonNode source : container.path("envFrom")) {
            String configMap = source.path("configMapRef").path("name").asText();
            for (ObjectNode map : Manifests.ofKind(objects, "ConfigMap")) {
                if (map.path("metadata").path("name").asText().equals(configMap)) {
                    map.path("data").fieldNames().forEachRemaining(names::add);
                }
            }
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
