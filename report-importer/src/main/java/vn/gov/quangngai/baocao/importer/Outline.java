package vn.gov.quangngai.baocao.importer;

import java.util.List;
import java.util.Optional;

/**
 * The round's outline as the importer reads a document against it: the sections by key and title,
 * and in each the figures asked for, with the words that name them. What only the service needs of
 * an outline (guidance, aggregation, whether a figure is required) is left out.
 */
public record Outline(List<Section> sections) {

    public Outline {
        sections = List.copyOf(sections);
    }

    /** A section; {@code key} is stable ("II.3"), {@code title} is the heading a report gives it. */
    public record Section(String key, String title, List<Figure> figures) {

        public Section {
            figures = List.copyOf(figures);
        }
    }

    /** A figure asked for; {@code hints} are the words that name it in reports beyond its label and unit ("định kỳ", "khẩu"). */
    public record Figure(String code, String label, String unit, FigureType type, List<String> hints) {

        public Figure {
            hints = hints == null ? List.of() : List.copyOf(hints);
        }
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public List<Figure> figures() {
        return sections.stream().flatMap(s -> s.figures().stream()).toList();
    }
}
