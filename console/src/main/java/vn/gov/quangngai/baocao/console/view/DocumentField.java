package vn.gov.quangngai.baocao.console.view;

/**
 * The fields of a report's document block (số, ngày, người ký, nơi nhận…) in the order an official
 * document has them, each under the name the API's diff gives it and the words people see.
 */
public enum DocumentField {

    NUMBER("number", "Số, ký hiệu văn bản", "Ví dụ 215/BC-STC.", Input.TEXT),
    DATE("date", "Ngày văn bản", null, Input.DATE),
    PLACE("place", "Địa danh", "Ví dụ Quảng Ngãi.", Input.TEXT),
    ANSWERS_NUMBER("answers.number", "Số công văn được trả lời", "Công văn yêu cầu báo cáo, ví dụ 2454/SNV-XDCQ.", Input.TEXT),
    ANSWERS_DATE("answers.date", "Ngày công văn được trả lời", null, Input.DATE),
    SIGNER_DELEGATION("signer.delegation", "Thẩm quyền ký", "Ví dụ KT. GIÁM ĐỐC; để trống khi người đứng đầu ký.", Input.TEXT),
    SIGNER_TITLE("signer.title", "Chức vụ người ký", "Ví dụ PHÓ GIÁM ĐỐC.", Input.TEXT),
    SIGNER_NAME("signer.name", "Người ký", null, Input.TEXT),
    RECIPIENTS("recipients", "Nơi nhận", "Mỗi dòng một nơi nhận.", Input.LINES);

    /** How the field is typed in: a line of text, a date, or several lines. */
    public enum Input { TEXT, DATE, LINES }

    private final String key;
    private final String label;
    private final String hint;
    private final Input input;

    DocumentField(String key, String label, String hint, Input input) {
        this.key = key;
        this.label = label;
        this.hint = hint;
        this.input = input;
    }

    /** The field's name in the API's diff, and in the form's values. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    public Input input() {
        return input;
    }

    /** The words for a field the API names; a field this console does not know is shown as the API names it. */
    public static String labelOf(String key) {
        for (DocumentField field : values()) {
            if (field.key.equals(key)) {
                return field.label;
            }
        }
        return key;
    }
}
