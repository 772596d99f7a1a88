package vn.gov.quangngai.baocao.report.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A round's outline: numbered sections, each with the typed figures agencies fill in. */
public record Template(List<Section> sections) {

    /** A section of the outline; {@code key} is stable ("II.3"), {@code title} is shown to people. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(String key, String title, String guidance, List<Indicator> indicators) {
    }

    /**
     * A figure asked for; {@code hints} are the words that name it in reports beyond its label and
     * unit ("định kỳ", "khẩu"), which the import of an existing report looks for.
     */
    public record Indicator(String code, String label, String unit, IndicatorType type, Aggregation aggregation, boolean required,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY)
                            @Schema(description = "optional: words or short phrases that name this figure in agencies' reports, besides its label and unit; "
                                    + "the import of an existing report looks for them (at most 20, each at most 200 characters)",
                                    maxItems = 20, examples = "[\"định kỳ\", \"lịch tiếp công dân\"]") List<String> hints) {

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
