package vn.gov.quangngai.baocao.console.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.quangngai.baocao.console.client.model.FigureValue;
import vn.gov.quangngai.baocao.console.client.model.Outline;
import vn.gov.quangngai.baocao.console.client.model.SectionText;
import vn.gov.quangngai.baocao.console.client.model.Version;

/** A submitted version laid out in the round's outline order: each section's text and its figures with labels and units. */
public record ReportSheet(List<Part> parts) {

    /** A section of the outline with what the agency wrote and the figures it gave. */
    public record Part(String key, String title, String text, List<FigureLine> figures) {

        public boolean empty() {
            return (text == null || text.isBlank()) && figures.stream().allMatch(FigureLine::empty);
        }
    }

    /** A figure: its label, unit and value in Vietnamese format (a dash when left empty). */
    public record FigureLine(String code, String label, String unit, String value, boolean empty) {
    }

    public static ReportSheet of(Outline outline, Version version) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (SectionText section : version.sections()) {
            texts.put(section.key(), section.text());
        }
        Map<String, FigureValue> values = new HashMap<>();
        for (FigureValue value : version.indicators()) {
            values.put(value.code(), value);
        }
        List<Part> parts = new ArrayList<>();
        for (Outline.Section section : outline.sections()) {
            List<FigureLine> figures = new ArrayList<>();
            for (Outline.Figure figure : section.indicators()) {
                FigureValue value = values.remove(figure.code());
                boolean empty = value == null || value.value() == null || value.value().isNull();
                figures.add(new FigureLine(figure.code(), figure.label(), figure.unit(),
                        VietnameseFormat.value(value == null ? null : value.value()), empty));
            }
            parts.add(new Part(section.key(), section.title(), texts.remove(section.key()), figures));
        }
        // what the outline does not name (it should not happen) is still shown, never silently dropped
        texts.forEach((key, text) -> parts.add(new Part(key, key, text, List.of())));
        if (!values.isEmpty()) {
            parts.add(new Part("", "Số liệu khác", null, values.values().stream()
                    .map(v -> new FigureLine(v.code(), v.code(), null, VietnameseFormat.value(v.value()), v.value() == null || v.value().isNull()))
                    .toList()));
        }
        return new ReportSheet(parts);
    }
}
