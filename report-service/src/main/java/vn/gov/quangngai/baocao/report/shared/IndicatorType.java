package vn.gov.quangngai.baocao.report.shared;

/** What kind of value a figure takes. */
public enum IndicatorType {
    INTEGER, DECIMAL, MONEY, TEXT, BOOLEAN;

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == MONEY;
    }
}
