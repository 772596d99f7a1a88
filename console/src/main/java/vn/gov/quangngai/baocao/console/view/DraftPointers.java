package vn.gov.quangngai.baocao.console.view;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.quangngai.baocao.console.client.model.DraftContent;
import vn.gov.quangngai.baocao.console.client.model.IndicatorValue;
import vn.gov.quangngai.baocao.console.client.model.Template;
import vn.gov.quangngai.baocao.console.client.model.SectionText;

/**
 * Which form field a JSON Pointer of a report body points at: {@code /indicators/3/value} is the
 * fourth figure of that body, {@code /document/signer/name} the signer's name. The lists say which
 * section and figure each position of the body held.
 */
public record DraftPointers(List<String> sectionFields, List<String> indicatorFields) {

    private static final Pattern ITEM = Pattern.compile("/(sections|indicators)/(\\d+)(?:/.*)?");

    /** The positions of a body the service holds (a stored draft), for the problems it names in it. */
    public static DraftPointers of(DraftContent content) {
        return new DraftPointers(content.sections().stream().map(SectionText::key).map(DraftValues::section).toList(),
                content.indicators().stream().map(IndicatorValue::code).map(DraftValues::indicator).toList());
    }

    /** The field a pointer names; "" for the form as a whole. */
    public String fieldOf(String pointer) {
        Matcher item = ITEM.matcher(pointer == null ? "" : pointer);
        if (item.matches()) {
            List<String> fields = item.group(1).equals("sections") ? sectionFields : indicatorFields;
            int index = Integer.parseInt(item.group(2));
            return index < fields.size() ? fields.get(index) : "";
        }
        return switch (pointer == null ? "" : pointer) {
            case "/nilReport" -> DraftValues.NIL;
            case "/document/signer" -> DocumentField.SIGNER_NAME.key();
            case "/document/answers" -> DocumentField.ANSWERS_NUMBER.key();
            default -> document(pointer);
        };
    }

    /**
     * The field of a problem that points at the list of figures as a whole (a required figure left
     * out of the draft): the outline's figure whose code the message names, the longest one when
     * one code begins another.
     */
    public String fieldOf(String pointer, String message, Template template) {
        if (!"/indicators".equals(pointer) || message == null) {
            return fieldOf(pointer);
        }
        return template.sections().stream().flatMap(s -> s.indicators().stream()).map(Template.Indicator::code)
                .filter(message::contains).max(Comparator.comparingInt(String::length)).map(DraftValues::indicator).orElse("");
    }

    private static String document(String pointer) {
        if (pointer == null || !pointer.startsWith("/document/")) {
            return "";
        }
        String path = pointer.substring("/document/".length());
        if (path.startsWith("recipients")) {
            return DocumentField.RECIPIENTS.key();
        }
        String key = path.replace('/', '.');
        for (DocumentField field : DocumentField.values()) {
            if (field.key().equals(key)) {
                return key;
            }
        }
        return "";
    }
}
