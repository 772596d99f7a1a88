package vn.gov.quangngai.baocao.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Outlines written as the service publishes them (sections holding "indicators"), read into the importer's {@link Outline}. */
final class OutlineJson {

    private OutlineJson() {
    }

    static Outline read(byte[] json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Outline.Section> sections = new ArrayList<>();
        for (JsonNode section : root.path("sections")) {
            List<Outline.Figure> figures = new ArrayList<>();
            for (JsonNode figure : section.path("indicators")) {
                List<String> hints = new ArrayList<>();
                figure.path("hints").forEach(h -> hints.add(h.asText()));
                figures.add(new Outline.Figure(figure.path("code").asText(), figure.path("label").asText(),
                        figure.hasNonNull("unit") ? figure.get("unit").asText() : null, FigureType.valueOf(figure.path("type").asText()), hints));
            }
            sections.add(new Outline.Section(section.path("key").asText(), section.path("title").asText(), figures));
        }
        return new Outline(sections);
    }

    /** The same outline without the figures' hints, as SNV may write one. */
    static Outline withoutHints(Outline outline) {
        return new Outline(outline.sections().stream().map(s -> new Outline.Section(s.key(), s.title(),
                s.figures().stream().map(f -> new Outline.Figure(f.code(), f.label(), f.unit(), f.type(), List.of())).toList())).toList());
    }
}
