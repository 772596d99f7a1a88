package vn.gov.quangngai.baocao.report.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/** A round's outline: numbered sections, each with the typed figures agencies fill in. */
public record Template(List<Section> sections) {

    /** A section of the outline; {@code key} is stable ("II.3"), {@code title} is shown to people. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(String key, String title, String guidance, List<Indicator> indicators) {
    }

    /**
     * A figure asked for. {@code hints}: words that name it in agencies' reports besides its label
     * (e.g. {@code định kỳ}, {@code mô hình "Dân vận khéo"}), for finding it in imported documents.
     */
    public record Indicator(String code, String label, String unit, IndicatorType type, Aggregation aggregation, boolean required,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> hints) {

        public Indicator {
            hints = hints == null ? List.of() : List.copyOf(hints);
        }

        public Indicator(String code, String label, String unit, IndicatorType type, Aggregation aggregation, boolean required) {
            this(code, label, unit, type, aggregation, required, List.of());
        }
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public List<Indicator> indicators() {
        return sections.stream().flatMap(s -> s.indicators().stream()).toList();
    }
}
