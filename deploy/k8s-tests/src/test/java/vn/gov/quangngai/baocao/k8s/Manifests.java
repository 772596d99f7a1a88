package vn.gov.quangngai.baocao.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Kubernetes objects read from YAML: a rendering, or a fixture of the tests. */
final class Manifests {

    static final YAMLMapper YAML = new YAMLMapper();

    private Manifests() {
    }

    /** Where deploy/k8s is (the module's pom passes it; the default works from the module directory). */
    static Path k8sDirectory() {
        return Path.of(System.getProperty("k8s.dir", "../k8s")).toAbsolutePath().normalize();
    }

    /** The repository's root, where the applications' modules are. */
    static Path repositoryRoot() {
        return k8sDirectory().getParent().getParent();
    }

    /** deploy/k8s/README.md: the commands an operator runs. */
    static String readme() {
        try {
            return Files.readString(k8sDirectory().resolve("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The objects of an overlay, rendered by kubectl kustomize. */
    static List<ObjectNode> overlay(String name) {
        return parse(Kustomize.render(k8sDirectory().resolve("overlays").resolve(name)));
    }

    static List<ObjectNode> parse(String yaml) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            List<ObjectNode> objects = new ArrayList<>();
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document instanceof ObjectNode object && !object.isEmpty()) {
                    objects.add(object);
                }
            }
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture of src/test/resources/fixtures. */
    static List<ObjectNode> fixture(String name) {
        try (InputStream in = Manifests.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    /** {@code Kind/name}, as messages name an object. */
    static String id(JsonNode object) {
        return object.path("kind").asText() + "/" + object.path("metadata").path("name").asText();
    }
}
