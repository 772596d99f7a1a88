package vn.gov.quangngai.baocao.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class VietnameseFormatTest {

    @Test
    void wholeNumbersAreGroupedByThreeWithDots() {
        assertThat(VietnameseFormat.number(196878)).isEqualTo("196.878");
        assertThat(VietnameseFormat.number(9_000_000_000L)).isEqualTo("9.000.000.000");
        assertThat(VietnameseFormat.number(52001)).isEqualTo("52.001");
        assertThat(VietnameseFormat.number(720)).isEqualTo("720");
        assertThat(VietnameseFormat.number(0)).isEqualTo("0");
        assertThat(VietnameseFormat.number(-1234)).isEqualTo("-1.234");
    }

    @Test
    void decimalsUseACommaAndKeepTheirDigitsWithoutTrailingZeros() {
        assertThat(VietnameseFormat.number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
        assertThat(VietnameseFormat.number(new BigDecimal("0.25"))).isEqualTo("0,25");
        assertThat(VietnameseFormat.number(new BigDecimal("-0.250"))).isEqualTo("-0,25");
        assertThat(VietnameseFormat.number(new BigDecimal("1E+3"))).isEqualTo("1.000");
        assertThat(VietnameseFormat.number(new BigDecimal("12.000"))).isEqualTo("12");
        assertThat(VietnameseFormat.number(new BigDecimal("1234567.1234567"))).as("no decimal rounded away").isEqualTo("1.234.567,1234567");
        assertThat(VietnameseFormat.number(new BigDecimal("1E-10"))).as("no exponent").isEqualTo("0,0000000001");
    }

    @Test
    void datesAreDayMonthYearInVietnamWhateverTheOffsetSent() {
        assertThat(VietnameseFormat.date(OffsetDateTime.parse("2021-11-15T23:59:59+07:00"))).isEqualTo("15/11/2021");
        // 17:30 UTC is already the next day in Vietnam
        assertThat(VietnameseFormat.date(OffsetDateTime.parse("2021-11-15T17:30:00Z"))).isEqualTo("16/11/2021");
        assertThat(VietnameseFormat.dateTime(OffsetDateTime.parse("2021-11-15T17:30:00Z"))).isEqualTo("16/11/2021 00:30");
        assertThat(VietnameseFormat.date(LocalDate.of(2021, 10, 29))).isEqualTo("29/10/2021");
        assertThat(VietnameseFormat.date("2021-10-29")).isEqualTo("29/10/2021");
        assertThat(VietnameseFormat.date("ngày 29 tháng 10")).isEqualTo("ngày 29 tháng 10");
        assertThat(VietnameseFormat.date((OffsetDateTime) null)).isEqualTo("—");
    }

    @Test
    void indicatorValuesReadAsPeopleWriteThem() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        assertThat(VietnameseFormat.value(json.numberNode(196878))).isEqualTo("196.878");
        assertThat(VietnameseFormat.value(json.numberNode(new BigDecimal("2.5")))).isEqualTo("2,5");
        assertThat(VietnameseFormat.value(json.booleanNode(true))).isEqualTo("Có");
        assertThat(VietnameseFormat.value(json.booleanNode(false))).isEqualTo("Không");
        assertThat(VietnameseFormat.value(json.textNode("Già làng \"uy tín\" & người có uy tín"))).isEqualTo("Già làng \"uy tín\" & người có uy tín");
        assertThat(VietnameseFormat.value(json.nullNode())).as("an empty figure is not a zero").isEqualTo("—");
        assertThat(VietnameseFormat.value(null)).isEqualTo("—");
    }

    @Test
    void periodsAreNamedAsOfficialLettersNameThem() {
        assertThat(VietnameseFormat.period("YEAR", 2021, null)).isEqualTo("Năm 2021");
        assertThat(VietnameseFormat.period("HALF", 2021, 1)).isEqualTo("6 tháng đầu năm 2021");
        assertThat(VietnameseFormat.period("HALF", 2021, 2)).isEqualTo("6 tháng cuối năm 2021");
        assertThat(VietnameseFormat.period("QUARTER", 2021, 3)).isEqualTo("Quý III năm 2021");
        assertThat(VietnameseFormat.period("MONTH", 2021, 11)).isEqualTo("Tháng 11 năm 2021");
    }

    @Test
    void numbersAreReadAsPeopleInVietnamWriteThem() {
        assertThat(VietnameseFormat.parseNumber("196.878")).isEqualByComparingTo("196878");
        assertThat(VietnameseFormat.parseNumber("9.000.000.000")).isEqualByComparingTo("9000000000");
        assertThat(VietnameseFormat.parseNumber("215,4")).isEqualByComparingTo("215.4");
        assertThat(VietnameseFormat.parseNumber("1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(VietnameseFormat.parseNumber(" 196 878 ")).isEqualByComparingTo("196878");
        assertThat(VietnameseFormat.parseNumber("52\u00a0001")).isEqualByComparingTo("52001");
        assertThat(VietnameseFormat.parseNumber("720")).isEqualByComparingTo("720");
        assertThat(VietnameseFormat.parseNumber("-5")).isEqualByComparingTo("-5");
    }

    @Test
    void aDotBeforeGroupsOfThreeSeparatesThousandsAndAloneIsADecimalPoint() {
        assertThat(VietnameseFormat.parseNumber("1.500")).isEqualByComparingTo("1500");
        assertThat(VietnameseFormat.parseNumber("2.5")).isEqualByComparingTo("2.5");
    }

    @Test
    void whatIsNotANumberIsNull() {
        assertThat(VietnameseFormat.parseNumber("mười hai")).isNull();
        assertThat(VietnameseFormat.parseNumber("12 lớp")).isNull();
        assertThat(VietnameseFormat.parseNumber("1.2.3")).isNull();
        assertThat(VietnameseFormat.parseNumber("12,")).isNull();
        assertThat(VietnameseFormat.parseNumber("")).isNull();
        assertThat(VietnameseFormat.parseNumber(null)).isNull();
    }

    @Test
    void aDateTypedDayFirstIsWrittenAsTheServicesWriteIt() {
        assertThat(VietnameseFormat.isoDate("12/11/2021")).isEqualTo("2021-11-12");
        assertThat(VietnameseFormat.isoDate("2021-11-12")).isEqualTo("2021-11-12");
        assertThat(VietnameseFormat.isoDate("31/02/2021")).as("no such day: left for the service to name").isEqualTo("31/02/2021");
        assertThat(VietnameseFormat.isoDate("  ")).isNull();
    }
}
