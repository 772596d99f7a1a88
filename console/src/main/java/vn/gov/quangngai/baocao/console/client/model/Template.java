package vn.gov.quangngai.baocao.console.client.model;

import java.util.List;
import java.util.Optional;

/** A round's outline (đề cương): sections in order, each with the figures (chỉ tiêu) it asks for. */
public record Template(List<Section> sections) {

    public List<Section> sections() {
        return sections == null ? List.of() : sections;
    }

    public Optional<Indicator> indicator(String code) {
        return sections().stream().flatMap(s -> s.indicators().stream()).filter(f -> f.code().equals(code)).findFirst();
    }

    public record Section(String key, String title, String guidance, List<Indicator> indicators) {

        public List<Indicator> indicators() {
            return indicators == null ? List.of() : indicators;
        }
    }

    /** A figure asked for: code, label, unit, type (INTEGER, DECIMAL, MONEY, TEXT, BOOLEAN). */
    public record Indicator(String code, String label, String unit, String type, String aggregation, boolean required) {
    }
}
