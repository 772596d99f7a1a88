package vn.gov.quangngai.baocao.console.view;

/** The words for what people do to a report: the buttons and the audit trail's steps. */
public enum ActionWord {

    RETURN("Trả lại", "RETURNED"),
    ACCEPT("Tiếp nhận", "ACCEPTED"),
    SUBMIT("Nộp báo cáo", "SUBMITTED"),
    SAVE_DRAFT("Lưu bản nháp", "DRAFT_SAVED"),
    REOPEN("Mở lại cho nộp", "REOPENED");

    private final String label;
    private final String auditAction;

    ActionWord(String label, String auditAction) {
        this.label = label;
        this.auditAction = auditAction;
    }

    public String label() {
        return label;
    }

    /** The audit trail's step in words; an action this console does not know yet is shown as the API names it. */
    public static String ofAudit(String action) {
        for (ActionWord word : values()) {
            if (word.auditAction.equals(action)) {
                return word.label;
            }
        }
        return action;
    }
}
