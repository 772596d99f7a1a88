package vn.gov.quangngai.baocao.report.rounds;

/** The period a round reports on: a year, or a half, quarter or month of it, numbered by its index. */
public enum PeriodKind {
    YEAR(0), HALF(2), QUARTER(4), MONTH(12);

    private final int indexes;

    PeriodKind(int indexes) {
        this.indexes = indexes;
    }

    /** How many parts a year has of this kind; 0 for YEAR, which takes no index. */
    public int indexes() {
        return indexes;
    }
}
