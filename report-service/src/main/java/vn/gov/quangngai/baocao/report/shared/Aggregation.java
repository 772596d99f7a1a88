package vn.gov.quangngai.baocao.report.shared;

/** How a figure is consolidated across agencies. */
public enum Aggregation {
    SUM, MIN, MAX, COUNT, NONE;

    /** Whether this aggregation makes sense for a figure of that type. */
    public boolean appliesTo(IndicatorType type) {
        return switch (this) {
            case SUM, MIN, MAX -> type.isNumeric();
            case COUNT -> type != IndicatorType.TEXT;
            case NONE -> true;
        };
    }
}
