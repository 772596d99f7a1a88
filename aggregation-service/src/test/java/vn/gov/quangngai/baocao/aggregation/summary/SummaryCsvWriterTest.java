package vn.gov.quangngai.baocao.aggregation.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The figures table byte for byte: what a spreadsheet opens, so that a change of how it is written shows here. */
class SummaryCsvWriterTest {

    private static Summary.IndicatorTotal indicator(String code, Object total, Summary.AgencyValue... values) {
        return new Summary.IndicatorTotal(code, code, "", "SUM", total, values.length, List.of(values));
    }

    private static Summary.AgencyValue value(String agency, Object value) {
        return new Summary.AgencyValue(agency, agency, value, 1);
    }

    private static Summary summary(Summary.IndicatorTotal... indicators) {
        return new Summary("R", "Báo cáo", null, "submitted", null, List.of(indicators), List.of(), List.of());
    }

    private static Map<String, String> agencies() {
        Map<String, String> agencies = new LinkedHashMap<>();
        agencies.put("BDT", "Ban Dân tộc");
        agencies.put("STC", "Sở Tài chính, Kế hoạch");
        return agencies;
    }

    @Test
    void aBomThenCrlfLinesWithPlainNumbersAndRfc4180Quoting() {
        String csv = SummaryCsvWriter.write(summary(
                indicator("money", new BigDecimal("9000000000.50"), value("BDT", new BigDecimal("9E+9")), value("STC", new BigDecimal("0.50"))),
                indicator("model", 1L, value("BDT", true)),
                indicator("note", null, value("BDT", "Có, \"tốt\"\r\nhai dòng"), value("STC", "-"))), agencies());

        assertThat(csv.getBytes(StandardCharsets.UTF_8)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(csv).isEqualTo("\uFEFF"
                + "agency,agency_name,money,model,note\r\n"
                + "BDT,Ban Dân tộc,9000000000,true,\"Có, \"\"tốt\"\"\r\nhai dòng\"\r\n"
                + "STC,\"Sở Tài chính, Kế hoạch\",0.50,,'-\r\n"
                + "TOTAL,Tổng cộng,9000000000.50,1,\r\n");
    }

    @Test
    void aContributorOutsideTheRoundComesAfterItsAgenciesUnderItsCode() {
        String csv = SummaryCsvWriter.write(summary(indicator("count", 2L, value("BDT", 1L), value("SKHDT", 1L))), agencies());

        assertThat(csv.lines().toList()).containsExactly("\uFEFFagency,agency_name,count", "BDT,Ban Dân tộc,1",
                "STC,\"Sở Tài chính, Kế hoạch\",", "SKHDT,SKHDT,1", "TOTAL,Tổng cộng,2");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsPrefixedNumbersAreNot() {
        String csv = SummaryCsvWriter.write(summary(
                indicator("a", null, value("BDT", "=HYPERLINK(\"http://x\")"), value("STC", "@SUM(A1)")),
                indicator("b", new BigDecimal("-3"), value("BDT", new BigDecimal("-3")), value("STC", "+84 255")),
                indicator("c", null, value("BDT", "+5"))), agencies());

        assertThat(csv.lines().toList()).containsExactly("\uFEFFagency,agency_name,a,b,c",
                "BDT,Ban Dân tộc,\"'=HYPERLINK(\"\"http://x\"\")\",-3,+5",
                "STC,\"Sở Tài chính, Kế hoạch\",'@SUM(A1),'+84 255,",
                "TOTAL,Tổng cộng,,-3,");
    }

    /** Commons CSV also quotes a cell that starts with a space, '!' or '#', or ends with a space: a reader gets the same text. */
    @Test
    void cellsQuotedOnlyForCautionReadBackUnchanged() throws IOException {
        String csv = SummaryCsvWriter.write(summary(indicator("note", null, value("BDT", "#1 mô hình"), value("STC", " có "))), agencies());

        assertThat(csv).contains("BDT,Ban Dân tộc,\"#1 mô hình\"\r\n", "\" có \"\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.get(1).get(2)).isEqualTo("#1 mô hình");
        assertThat(records.get(2).get(2)).isEqualTo(" có ");
    }
}
