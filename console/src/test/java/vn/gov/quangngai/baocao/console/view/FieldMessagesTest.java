package vn.gov.quangngai.baocao.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.client.model.Problem;

class FieldMessagesTest {

    @Test
    void theServicesMessagesReadInVietnamese() {
        assertThat(FieldMessages.vietnamese("is required")).isEqualTo("Bắt buộc nhập.");
        assertThat(FieldMessages.vietnamese("must be a whole number from 2000 to 2100")).isEqualTo("Phải là số nguyên từ 2000 đến 2100.");
        assertThat(FieldMessages.vietnamese("must be at most 2000 characters (has 2301)")).isEqualTo("Tối đa 2000 ký tự (đang có 2301).");
        assertThat(FieldMessages.vietnamese("must be a date-time with offset (2021-11-15T17:00:00+07:00) or a date (2021-11-15)"))
                .isEqualTo("Thời hạn không hợp lệ.");
    }

    @Test
    void theServicesOwnVietnameseMessagesReadAsSentences() {
        assertThat(FieldMessages.vietnamese("bắt buộc")).isEqualTo("Bắt buộc nhập.");
        assertThat(FieldMessages.vietnamese("không có cơ quan XYZ trong danh mục")).isEqualTo("Không có cơ quan XYZ trong danh mục.");
        assertThat(FieldMessages.vietnamese("phải là ngày theo dạng YYYY-MM-DD")).isEqualTo("Phải là ngày theo dạng YYYY-MM-DD.");
        assertThat(FieldMessages.vietnamese("Đã đủ.")).isEqualTo("Đã đủ.");
    }

    @Test
    void messagesAreGatheredByTheFieldTheyBelongTo() {
        var byField = FieldMessages.byField(List.of(new Problem.FieldError("/request/number", "is required"),
                new Problem.FieldError("/agencies/2", "no agency XYZ in the registry"), new Problem.FieldError("/code", "is required")),
                pointer -> pointer.startsWith("/agencies") ? "agencies" : pointer.substring(1));

        assertThat(byField).containsOnlyKeys("request/number", "agencies", "code");
        assertThat(byField.get("agencies")).containsExactly("Không có cơ quan XYZ trong danh mục.");
    }
}
