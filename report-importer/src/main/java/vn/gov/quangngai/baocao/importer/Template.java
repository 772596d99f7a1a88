package vn.gov.quangngai.baocao.importer;

import java.util.List;
import java.util.Optional;

/**
 * The round's outline as the importer reads a document against it: the sections by key and title,
 * and in each the figures asked for, with the words that name them. What only the service needs of
 * an outline (guidance, aggregation, whether a figure is required) is left out.
 */
public record Template(List<Section> sections) {

    public Template {
        sections = List.copyOf(sections);
    }

    /** A section; {@code key} is stable ("II.3"), {@code title} is the heading a report gives it. */
    public record Section(String key, String title, List<Indicator> indicators) {

        public Section {
            indicators = List.copyOf(indicators);
        }
    }

    /** A figure asked for; {@code hints} are the words that name it in reports beyond its label and unit ("định kỳ", "khẩu"). */
    public record Indicator(String code, String label, String unit, IndicatorType type, List<String> hints) {

        public Indicator {
            hints = hints == null ? List.of() : List.copyOf(hints);
        }
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public List<Indicator> indicators() {
        return sections.stream().flatMap(s -> s.indicators().stream()).toList();
    }
}
