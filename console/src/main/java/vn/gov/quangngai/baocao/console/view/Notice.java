package vn.gov.quangngai.baocao.console.view;

import java.util.Locale;

/**
 * What a page says after an action sent the person back to it (post/redirect/get): the action's
 * outcome, named by a key in the address so a reload shows the same and nothing is done twice.
 */
public enum Notice {

    OPENED("Đã mở kỳ báo cáo. Các cơ quan được giao có thể nộp báo cáo từ bây giờ.", "success"),
    RETURNED("Đã trả lại báo cáo cho cơ quan, kèm lý do.", "success"),
    ACCEPTED("Đã tiếp nhận báo cáo.", "success"),
    SNAPSHOT("Đã chốt số liệu tổng hợp tại thời điểm này.", "success"),
    STALE("Báo cáo vừa được người khác cập nhật: thao tác của bạn chưa được thực hiện. "
            + "Trạng thái mới nhất được hiển thị bên dưới; hãy xem lại rồi thao tác lại nếu cần.", "warning"),
    CONFLICT("Báo cáo đang ở trạng thái không cho phép thao tác này (có thể người khác vừa xử lý). "
            + "Trạng thái mới nhất được hiển thị bên dưới.", "warning"),
    SAVED("Đã lưu bản nháp.", "success"),
    SUBMITTED("Đã nộp báo cáo.", "success"),
    TOOK_SAVED("Đang hiển thị bản đã lưu trên hệ thống; bản đang soạn trên máy này đã được bỏ.", "info"),
    ALREADY_SUBMITTED("Báo cáo đã được nộp trước đó nên không có gì được nộp thêm. Trạng thái mới nhất được hiển thị bên dưới.", "warning"),
    NO_DRAFT("Chưa có bản nháp để nộp: hãy nhập nội dung và lưu bản nháp trước.", "warning"),
    DRAFT_CHANGED("Bản nháp vừa thay đổi sau khi bạn mở trang này nên báo cáo chưa được nộp. "
            + "Hãy xem lại nội dung dưới đây rồi nộp.", "warning"),
    ROUND_CLOSED("Kỳ báo cáo đã đóng nên không nhận báo cáo nữa. Nếu cần nộp, hãy đề nghị Sở Nội vụ mở lại cho cơ quan.", "warning"),
    DISABLED("Đã vô hiệu hóa kết nối: hệ thống đó không lấy được token mới nữa.", "success");

    private final String text;
    private final String kind;

    Notice(String text, String kind) {
        this.text = text;
        this.kind = kind;
    }

    public String text() {
        return text;
    }

    /** success, info or warning: the notice's class in console.css; a warning is announced as an alert. */
    public String kind() {
        return kind;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The notice a key names, or null for none or an unknown key. */
    public static Notice of(String key) {
        if (key == null) {
            return null;
        }
        for (Notice notice : values()) {
            if (notice.key().equals(key)) {
                return notice;
            }
        }
        return null;
    }
}
