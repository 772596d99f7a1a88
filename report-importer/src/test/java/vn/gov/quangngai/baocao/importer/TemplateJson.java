package vn.gov.quangngai.baocao.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Outlines written as the service publishes them (sections holding "indicators"), read into the importer's {@link Template}. */
final class TemplateJson {

    private TemplateJson() {
    }

    static Template read(byte[] json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Template.Section> sections = new ArrayList<>();
        for (JsonNode section : root.path("sections")) {
            List<Template.Indicator> indicators = new ArrayList<>();
            for (JsonNode indicator : section.path("indicators")) {
                List<String> hints = new ArrayList<>();
                indicator.path("hints").forEach(h -> hints.add(h.asText()));
                indicators.add(new Template.Indicator(indicator.path("code").asText(), indicator.path("label").asText(),
                        indicator.hasNonNull("unit") ? indicator.get("unit").asText() : null, IndicatorType.valueOf(indicator.path("type").asText()), hints));
            }
            sections.add(new Template.Section(section.path("key").asText(), section.path("title").asText(), indicators));
        }
        return new Template(sections);
    }

    /** The same outline without the figures' hints, as SNV may write one. */
    static Template withoutHints(Template template) {
        return new Template(template.sections().stream().map(s -> new Template.Section(s.key(), s.title(),
                s.indicators().stream().map(f -> new Template.Indicator(f.code(), f.label(), f.unit(), f.type(), List.of())).toList())).toList());
    }
}
