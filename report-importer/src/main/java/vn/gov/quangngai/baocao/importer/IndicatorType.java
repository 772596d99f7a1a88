package vn.gov.quangngai.baocao.importer;

/** What kind of value a figure takes: the importer reads numbers, sums of money and yes/no, and leaves text to people. */
public enum IndicatorType {
    INTEGER, DECIMAL, MONEY, TEXT, BOOLEAN
}
