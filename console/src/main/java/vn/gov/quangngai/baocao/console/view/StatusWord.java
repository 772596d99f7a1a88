package vn.gov.quangngai.baocao.console.view;

import java.util.List;

/**
 * The words people see for where a report stands, the one place they are written: the five
 * statuses of the API, and the two marks that go beside them (nil report, late).
 */
public enum StatusWord {

    NOT_STARTED("Chưa nộp", "not-started"),
    DRAFT("Bản nháp", "draft"),
    SUBMITTED("Đã nộp", "submitted"),
    RETURNED("Bị trả lại", "returned"),
    ACCEPTED("Đã tiếp nhận", "accepted"),
    NIL_REPORT("Không phát sinh", "nil"),
    LATE("Nộp muộn", "late");

    /** The statuses a report moves through, in the order boards count them. */
    public static final List<StatusWord> STATUSES = List.of(NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED);

    private final String label;
    private final String css;

    StatusWord(String label, String css) {
        this.label = label;
        this.css = css;
    }

    public String label() {
        return label;
    }

    /** The class of its badge and chart segment in console.css. */
    public String css() {
        return css;
    }

    /** The word for a status as the API names it; an unknown one is shown as not started rather than failing the page. */
    public static StatusWord of(String apiStatus) {
        for (StatusWord word : STATUSES) {
            if (word.name().equals(apiStatus)) {
                return word;
            }
        }
        return NOT_STARTED;
    }
}
