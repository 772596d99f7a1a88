package vn.gov.quangngai.baocao.aggregation.summary;

import java.util.List;
import java.util.stream.Stream;

/** A round's template as report-service gives it: sections and their figures. */
public record Template(List<Section> sections) {

    public record Section(String key, String title, List<Indicator> indicators) {
    }

    public record Indicator(String code, String label, String unit, String type, String aggregation) {
    }

    public List<Indicator> indicators() {
        return sections.stream().flatMap(s -> s.indicators() == null ? Stream.empty() : s.indicators().stream()).toList();
    }

    public String[] indicatorCodes() {
        return indicators().stream().map(Indicator::code).toArray(String[]::new);
    }

    public String[] sectionKeys() {
        return sections.stream().map(Section::key).toArray(String[]::new);
    }
}
