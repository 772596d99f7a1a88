package vn.gov.quangngai.baocao.console.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.quangngai.baocao.console.client.model.IndicatorValue;
import vn.gov.quangngai.baocao.console.client.model.Template;
import vn.gov.quangngai.baocao.console.client.model.SectionText;
import vn.gov.quangngai.baocao.console.client.model.Version;

/**
 * A report's content (a submitted version, a draft about to be submitted) laid out in the round's
 * outline order: each section's text and its figures with labels and units.
 */
public record ReportSheet(List<Part> parts) {

    /** A section of the outline with what the agency wrote and the figures it gave. */
    public record Part(String key, String title, String text, List<IndicatorLine> indicators) {

        public boolean empty() {
            return (text == null || text.isBlank()) && indicators.stream().allMatch(IndicatorLine::empty);
        }
    }

    /** A figure: its label, unit and value in Vietnamese format (a dash when left empty). */
    public record IndicatorLine(String code, String label, String unit, String value, boolean empty) {
    }

    public static ReportSheet of(Template template, Version version) {
        return of(template, version.sections(), version.indicators());
    }

    /** Any content laid out in the outline's order: a submitted version, or the draft about to be submitted. */
    public static ReportSheet of(Template template, List<SectionText> sections, List<IndicatorValue> indicators) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (SectionText section : sections) {
            texts.put(section.key(), section.text());
        }
        Map<String, IndicatorValue> values = new HashMap<>();
        for (IndicatorValue value : indicators) {
            values.put(value.code(), value);
        }
        List<Part> parts = new ArrayList<>();
        for (Template.Section section : template.sections()) {
            List<IndicatorLine> lines = new ArrayList<>();
            for (Template.Indicator indicator : section.indicators()) {
                IndicatorValue value = values.remove(indicator.code());
                boolean empty = value == null || value.value() == null || value.value().isNull();
                lines.add(new IndicatorLine(indicator.code(), indicator.label(), indicator.unit(),
                        VietnameseFormat.value(value == null ? null : value.value()), empty));
            }
            parts.add(new Part(section.key(), section.title(), texts.remove(section.key()), lines));
        }
        // what the outline does not name (it should not happen) is still shown, never silently dropped
        texts.forEach((key, text) -> parts.add(new Part(key, key, text, List.of())));
        if (!values.isEmpty()) {
            parts.add(new Part("", "Số liệu khác", null, values.values().stream()
                    .map(v -> new IndicatorLine(v.code(), v.code(), null, VietnameseFormat.value(v.value()), v.value() == null || v.value().isNull()))
                    .toList()));
        }
        return new ReportSheet(parts);
    }
}
