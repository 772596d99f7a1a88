package vn.gov.quangngai.baocao.report.rounds;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import vn.gov.quangngai.baocao.report.shared.Template;

/** The built-in outlines a round can be opened from by code (resources under {@code templates/}). */
@ApplicationScoped
public class TemplateCatalog {

    static final List<String> RESOURCES = List.of("templates/dan-van-chinh-quyen-nam.json");

    private final List<BuiltInTemplate> templates;

    public TemplateCatalog(ObjectMapper json) {
        this.templates = RESOURCES.stream().map(resource -> load(json, resource)).toList();
    }

    public List<BuiltInTemplate> all() {
        return templates;
    }

    public Optional<BuiltInTemplate> find(String code) {
        return templates.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Optional<Template> template(String code) {
        return find(code).map(t -> new Template(t.sections()));
    }

    private static BuiltInTemplate load(ObjectMapper json, String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in template " + resource);
            }
            return json.readValue(in, BuiltInTemplate.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable built-in template " + resource, e);
        }
    }
}
