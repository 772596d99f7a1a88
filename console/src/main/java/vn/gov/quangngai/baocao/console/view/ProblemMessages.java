package vn.gov.quangngai.baocao.console.view;

import vn.gov.quangngai.baocao.console.client.ApiException;

/** What a service's refusal means, in plain Vietnamese: a title and a sentence for the error page or notice. */
public final class ProblemMessages {

    /** A title and an explanation. */
    public record Message(String title, String text) {
    }

    private ProblemMessages() {
    }

    public static Message of(ApiException refusal) {
        return switch (refusal.code()) {
            case "ACCESS_DENIED", "NOT_YOUR_AGENCY" -> new Message("Không được phép",
                    "Tài khoản của bạn không có quyền xem trang này hoặc thực hiện thao tác này. "
                            + "Nếu cần quyền, hãy liên hệ quản trị hệ thống của Sở Nội vụ.");
            case "AUTHENTICATION_REQUIRED" -> new Message("Phiên đăng nhập đã hết hạn", "Vui lòng đăng nhập lại để tiếp tục.");
            case "ROUND_NOT_FOUND" -> new Message("Không tìm thấy kỳ báo cáo",
                    "Không có kỳ báo cáo này, hoặc bạn không được xem kỳ báo cáo này.");
            case "REPORT_NOT_FOUND" -> new Message("Không tìm thấy báo cáo", "Cơ quan này không thuộc danh sách phải báo cáo của kỳ.");
            case "VERSION_NOT_FOUND" -> new Message("Không tìm thấy phiên bản", "Báo cáo không có phiên bản này.");
            case "SNAPSHOT_NOT_FOUND" -> new Message("Không tìm thấy bản chốt", "Kỳ báo cáo không có bản chốt số liệu này.");
            case "ROUND_EXISTS" -> new Message("Mã kỳ báo cáo đã được dùng", "Đã có kỳ báo cáo với mã này; hãy chọn mã khác.");
            case "INVALID_TRANSITION" -> new Message("Không thực hiện được",
                    "Báo cáo đang ở trạng thái không cho phép thao tác này. Trạng thái mới nhất được hiển thị bên dưới.");
            case "ROUND_CLOSED" -> new Message("Kỳ báo cáo đã đóng", "Kỳ báo cáo không còn nhận báo cáo.");
            case "PRECONDITION_FAILED" -> new Message("Báo cáo vừa được người khác cập nhật",
                    "Thao tác của bạn chưa được thực hiện vì báo cáo đã thay đổi sau khi bạn mở trang. "
                            + "Trạng thái mới nhất được hiển thị bên dưới; hãy xem lại rồi thao tác lại nếu cần.");
            case "VALIDATION_FAILED" -> new Message("Thông tin chưa hợp lệ", "Vui lòng sửa các mục được đánh dấu rồi gửi lại.");
            default -> byStatus(refusal);
        };
    }

    private static Message byStatus(ApiException refusal) {
        int status = refusal.status();
        if (status == 403) {
            return new Message("Không được phép", "Tài khoản của bạn không có quyền thực hiện thao tác này.");
        }
        if (status == 404) {
            return new Message("Không tìm thấy", "Không có nội dung này, hoặc bạn không được xem nội dung này.");
        }
        if (status == 409) {
            return new Message("Không thực hiện được", "Thao tác xung đột với trạng thái hiện tại của dữ liệu.");
        }
        if (status == 412) {
            return new Message("Dữ liệu vừa được người khác cập nhật", "Hãy xem lại trạng thái mới nhất rồi thao tác lại.");
        }
        if (status >= 500) {
            return new Message(refusal.part().label() + " đang gặp sự cố",
                    "Dịch vụ đã ghi nhận sự cố. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy báo cho quản trị hệ thống kèm thời điểm xảy ra.");
        }
        return new Message("Không thực hiện được", "Yêu cầu không được dịch vụ chấp nhận.");
    }
}
