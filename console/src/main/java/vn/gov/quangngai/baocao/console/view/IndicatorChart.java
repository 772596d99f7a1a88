package vn.gov.quangngai.baocao.console.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import vn.gov.quangngai.baocao.console.client.model.Summary;

/**
 * One figure by agency, the largest values first, as bars scaled to the largest (0–100); only for
 * figures with numbers. The agencies left out are counted, so the chart never pretends to be whole.
 */
public record IndicatorChart(List<Bar> bars, int others) {

    /** An agency's bar: its name, its value in words, its length against the largest. */
    public record Bar(String agency, String agencyName, String value, int length) {
    }

    /** The chart of a figure's values, or null when the figure has no numbers to compare. */
    public static IndicatorChart of(Summary.IndicatorTotal indicator, int top) {
        List<Summary.AgencyValue> numbers = indicator.byAgency().stream()
                .filter(v -> v.value() != null && v.value().isNumber())
                .sorted(Comparator.comparing((Summary.AgencyValue v) -> v.value().decimalValue()).reversed())
                .toList();
        if (numbers.isEmpty()) {
            return null;
        }
        List<Summary.AgencyValue> shown = numbers.subList(0, Math.min(top, numbers.size()));
        BigDecimal largest = shown.get(0).value().decimalValue().max(BigDecimal.ZERO);
        List<Bar> bars = shown.stream().map(v -> new Bar(v.agency(), v.agencyName(), VietnameseFormat.value(v.value()),
                length(v.value().decimalValue(), largest))).toList();
        return new IndicatorChart(bars, numbers.size() - shown.size());
    }

    private static int length(BigDecimal value, BigDecimal largest) {
        if (largest.signum() <= 0 || value.signum() <= 0) {
            return 0;
        }
        // a value too small to see still gets a sliver, so a non-zero value never looks like zero
        return Math.max(1, value.multiply(BigDecimal.valueOf(100)).divide(largest, 0, RoundingMode.HALF_UP).intValue());
    }
}
