package vn.gov.quangngai.baocao.console.client.model;

import java.util.List;
import java.util.Optional;

/** A round's outline (đề cương): sections in order, each with the figures (chỉ tiêu) it asks for. */
public record Outline(List<Section> sections) {

    public List<Section> sections() {
        return sections == null ? List.of() : sections;
    }

    public Optional<Figure> figure(String code) {
        return sections().stream().flatMap(s -> s.indicators().stream()).filter(f -> f.code().equals(code)).findFirst();
    }

    public record Section(String key, String title, String guidance, List<Figure> indicators) {

        public List<Figure> indicators() {
            return indicators == null ? List.of() : indicators;
        }
    }

    /** A figure asked for: code, label, unit, type (INTEGER, DECIMAL, MONEY, TEXT, BOOLEAN). */
    public record Figure(String code, String label, String unit, String type, String aggregation, boolean required) {
    }
}
