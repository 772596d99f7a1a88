package vn.gov.quangngai.baocao.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusWordTest {

    @Test
    void everyStatusHasItsOfficialWord() {
        assertThat(StatusWord.of("NOT_STARTED").label()).isEqualTo("Chưa nộp");
        assertThat(StatusWord.of("DRAFT").label()).isEqualTo("Bản nháp");
        assertThat(StatusWord.of("SUBMITTED").label()).isEqualTo("Đã nộp");
        assertThat(StatusWord.of("RETURNED").label()).isEqualTo("Bị trả lại");
        assertThat(StatusWord.of("ACCEPTED").label()).isEqualTo("Đã tiếp nhận");
        assertThat(StatusWord.NIL_REPORT.label()).isEqualTo("Không phát sinh");
        assertThat(StatusWord.LATE.label()).isEqualTo("Nộp muộn");
    }

    @Test
    void actionsAndAuditStepsHaveTheirWords() {
        assertThat(ActionWord.RETURN.label()).isEqualTo("Trả lại");
        assertThat(ActionWord.ACCEPT.label()).isEqualTo("Tiếp nhận");
        assertThat(ActionWord.SUBMIT.label()).isEqualTo("Nộp báo cáo");
        assertThat(ActionWord.ofAudit("RETURNED")).isEqualTo("Trả lại");
        assertThat(ActionWord.ofAudit("DRAFT_SAVED")).isEqualTo("Lưu bản nháp");
        assertThat(ActionWord.ofAudit("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }
}
