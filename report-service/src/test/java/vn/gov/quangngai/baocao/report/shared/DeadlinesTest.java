package vn.gov.quangngai.baocao.report.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

    @Test
    void bareDateMeansTheEndOfThatDayInVietnam() {
        assertThat(Deadlines.parse("2021-11-15")).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2021-11-15T23:59:59+07:00"));
    }

    @Test
    void dateTimeKeepsItsOffset() {
        assertThat(Deadlines.parse("2021-11-15T17:00:00Z")).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2021-11-15T17:00Z"));
    }

    @Test
    void anythingElseIsRefused() {
        assertThat(Deadlines.parse("15/11/2021")).isEmpty();
        assertThat(Deadlines.parse("2021-11-15T17:00:00")).isEmpty();
    }
}
