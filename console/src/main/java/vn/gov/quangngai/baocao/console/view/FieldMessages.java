package vn.gov.quangngai.baocao.console.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.quangngai.baocao.console.client.model.Problem;

/**
 * The services' field messages as a sentence next to the field at fault. The services answer in
 * Vietnamese (English when a client asks for it); the English ones this table knows are put into
 * Vietnamese, and every message starts with a capital and ends with a full stop.
 */
public final class FieldMessages {

    private static final Map<Pattern, Function<Matcher, String>> KNOWN = new LinkedHashMap<>();

    static {
        known("is required", m -> "Bắt buộc nhập.");
        known("bắt buộc", m -> "Bắt buộc nhập.");
        known("must not be blank", m -> "Bắt buộc nhập.");
        known("must be 2 to 40 capital letters, digits or '-'", m -> "Gồm 2 đến 40 chữ in hoa không dấu, chữ số hoặc dấu '-'.");
        known("must be a date as YYYY-MM-DD", m -> "Ngày không hợp lệ.");
        known("must be a date-time with offset.*", m -> "Thời hạn không hợp lệ.");
        known("must name at least one agency", m -> "Chọn ít nhất một cơ quan.");
        known("must be one of YEAR, HALF, QUARTER, MONTH", m -> "Chọn loại kỳ: năm, 6 tháng, quý hoặc tháng.");
        known("must be a whole number from (\\d+) to (\\d+)", m -> "Phải là số nguyên từ " + m.group(1) + " đến " + m.group(2) + ".");
        known("must be at most (\\d+) characters \\(has (\\d+)\\)", m -> "Tối đa " + m.group(1) + " ký tự (đang có " + m.group(2) + ").");
        known("must be at most (\\d+) characters", m -> "Tối đa " + m.group(1) + " ký tự.");
        known("must be in the future", m -> "Phải là thời điểm trong tương lai.");
        known("is too large", m -> "Giá trị quá lớn.");
        known("is not a known field", m -> "Trường không được hỗ trợ.");
        known("give either template or templateCode.*", m -> "Chọn đề cương báo cáo.");
        known("no (?:agency|such agency) (\\S+).*", m -> "Không có cơ quan " + m.group(1) + " trong danh mục.");
        // why an imported document's text was not placed in the draft
        known("closing sentence of the letter, not part of any section", m -> "Câu kết của văn bản, không thuộc mục nào.");
        known("not under a section of this round's outline", m -> "Không nằm dưới mục nào của đề cương kỳ báo cáo này.");
        known("after the signature block", m -> "Nằm sau phần chữ ký.");
        known("figure (\\S+) \\((.+)\\): the text gives (\\S+) here and (\\S+) at line (\\d+); no value suggested, enter it by hand",
                m -> "Chỉ tiêu “" + m.group(2) + "”: câu này ghi " + number(m.group(3)) + " nhưng đoạn " + m.group(5) + " ghi "
                        + number(m.group(4)) + "; không gợi ý giá trị, hãy nhập tay.");
    }

    private FieldMessages() {
    }

    private static void known(String english, Function<Matcher, String> vietnamese) {
        KNOWN.put(Pattern.compile(english), vietnamese);
    }

    public static String vietnamese(String message) {
        if (message == null) {
            return "";
        }
        for (Map.Entry<Pattern, Function<Matcher, String>> entry : KNOWN.entrySet()) {
            Matcher matcher = entry.getKey().matcher(message.strip());
            if (matcher.matches()) {
                return entry.getValue().apply(matcher);
            }
        }
        return sentence(message.strip());
    }

    /** A number as the service wrote it (196878) the Vietnamese way (196.878); anything else as it is. */
    private static String number(String text) {
        try {
            return VietnameseFormat.number(new BigDecimal(text));
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }

    private static String sentence(String message) {
        if (message.isEmpty()) {
            return message;
        }
        String capital = message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
        return capital.endsWith(".") || capital.endsWith("?") || capital.endsWith("!") ? capital : capital + ".";
    }

    /** Messages by form field: each pointer of the body mapped to the field it came from by {@code fieldOf}. */
    public static Map<String, List<String>> byField(List<Problem.FieldError> errors,
                                                    Function<String, String> fieldOf) {
        return byError(errors, error -> fieldOf.apply(error.pointer() == null ? "" : error.pointer()));
    }

    /** Messages by form field, each problem mapped by {@code fieldOf}, which may read the message too. */
    public static Map<String, List<String>> byError(List<Problem.FieldError> errors, Function<Problem.FieldError, String> fieldOf) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (var error : errors) {
            fields.computeIfAbsent(fieldOf.apply(error), f -> new ArrayList<>()).add(vietnamese(error.message()));
        }
        return fields;
    }
}
