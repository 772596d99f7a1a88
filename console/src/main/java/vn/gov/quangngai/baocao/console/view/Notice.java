package vn.gov.quangngai.baocao.console.view;

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
            + "Trạng thái mới nhất được hiển thị bên dưới.", "warning");

    private final String text;
    private final String kind;

    Notice(String text, String kind) {
        this.text = text;
        this.kind = kind;
    }

    public String text() {
        return text;
    }

    /** success or warning: the notice's class in console.css, and whether it is announced as an alert. */
    public String kind() {
        return kind;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
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
