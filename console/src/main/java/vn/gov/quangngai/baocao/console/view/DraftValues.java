package vn.gov.quangngai.baocao.console.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.quangngai.baocao.console.client.model.DraftContent;
import vn.gov.quangngai.baocao.console.client.model.IndicatorValue;
import vn.gov.quangngai.baocao.console.client.model.Template;
import vn.gov.quangngai.baocao.console.client.model.ReportDocument;
import vn.gov.quangngai.baocao.console.client.model.SectionText;

/**
 * A report's draft as its form holds it: every field as text, by field name ({@code number},
 * {@code signer.name}, {@code section:II.1}, {@code figure:II.1.support_people}), either as typed or
 * as the service's values written the Vietnamese way. A form sent back shows exactly what was typed.
 */
public record DraftValues(Map<String, String> fields, boolean nilReport) {

    /** The field of the nil-report switch. */
    public static final String NIL = "nilReport";

    private static final String SECTION = "section:";
    /** An indicator's field name; "figure:" because the form posts these names back (import choices), as its ids ("figure-…") stay. */
    private static final String INDICATOR = "figure:";

    public DraftValues {
        fields = Map.copyOf(fields);
    }

    public static String section(String key) {
        return SECTION + key;
    }

    public static String indicator(String code) {
        return INDICATOR + code;
    }

    /** The text of a field, empty when there is none. */
    public String get(String field) {
        return fields.getOrDefault(field, "");
    }

    /** The service's content as the form shows it: numbers as {@code 196.878}, dates as the services write them, one recipient a line. */
    public static DraftValues of(Template template, DraftContent content) {
        Map<String, String> fields = new LinkedHashMap<>();
        ReportDocument document = content == null ? null : content.document();
        if (document != null) {
            put(fields, DocumentField.NUMBER, document.number());
            put(fields, DocumentField.DATE, document.date());
            put(fields, DocumentField.PLACE, document.place());
            if (document.signer() != null) {
                put(fields, DocumentField.SIGNER_DELEGATION, document.signer().delegation());
                put(fields, DocumentField.SIGNER_TITLE, document.signer().title());
                put(fields, DocumentField.SIGNER_NAME, document.signer().name());
            }
            if (document.recipients() != null) {
                put(fields, DocumentField.RECIPIENTS, String.join("\n", document.recipients()));
            }
            if (document.answers() != null) {
                put(fields, DocumentField.ANSWERS_NUMBER, document.answers().number());
                put(fields, DocumentField.ANSWERS_DATE, document.answers().date());
            }
        }
        if (content != null) {
            content.sections().forEach(s -> fields.put(section(s.key()), s.text() == null ? "" : s.text()));
            content.indicators().forEach(f -> fields.put(indicator(f.code()), text(f.value())));
        }
        return new DraftValues(fields, content != null && content.nil());
    }

    /** The same draft with these fields set, e.g. a document's suggestions laid over what the form showed. */
    public DraftValues with(Map<String, String> changed) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putAll(changed);
        return new DraftValues(all, nilReport);
    }

    /** The body of a PUT, and which field each of its positions came from (for the problems the service names). */
    public record Body(DraftContent content, DraftPointers pointers) {
    }

    /**
     * The body a PUT sends: the outline's sections and figures in its order, those left empty left
     * out; numbers typed the Vietnamese way sent as JSON numbers; anything typed into a figure that
     * is not its kind of value sent as the text typed, so the service names it next to its field.
     */
    public Body toBody(Template template) {
        List<SectionText> sections = new ArrayList<>();
        List<IndicatorValue> indicators = new ArrayList<>();
        List<String> sectionFields = new ArrayList<>();
        List<String> indicatorFields = new ArrayList<>();
        for (Template.Section section : template.sections()) {
            String text = get(section(section.key()));
            if (!text.isBlank()) {
                sections.add(new SectionText(section.key(), text.strip()));
                sectionFields.add(section(section.key()));
            }
            for (Template.Indicator indicator : section.indicators()) {
                String typed = get(indicator(indicator.code())).strip();
                if (!typed.isEmpty()) {
                    indicators.add(new IndicatorValue(indicator.code(), value(indicator.type(), typed)));
                    indicatorFields.add(indicator(indicator.code()));
                }
            }
        }
        return new Body(new DraftContent(document(), sections, indicators, nilReport), new DraftPointers(sectionFields, indicatorFields));
    }

    /** A figure's value by its type: INTEGER, MONEY and DECIMAL as numbers, BOOLEAN as true/false, TEXT as text. */
    static JsonNode value(String type, String typed) {
        switch (type == null ? "TEXT" : type) {
            case "INTEGER", "MONEY", "DECIMAL" -> {
                BigDecimal number = VietnameseFormat.parseNumber(typed);
                if (number == null) {
                    return TextNode.valueOf(typed);
                }
                if (number.signum() == 0 || number.stripTrailingZeros().scale() <= 0) {
                    try {
                        return LongNode.valueOf(number.longValueExact());
                    } catch (ArithmeticException tooLarge) {
                        return DecimalNode.valueOf(number);
                    }
                }
                return DecimalNode.valueOf(number);
            }
            case "BOOLEAN" -> {
                return switch (typed) {
                    case "true" -> BooleanNode.TRUE;
                    case "false" -> BooleanNode.FALSE;
                    default -> TextNode.valueOf(typed);
                };
            }
            default -> {
                return TextNode.valueOf(typed);
            }
        }
    }

    private ReportDocument document() {
        ReportDocument.Signer signer = blankToNull(get(DocumentField.SIGNER_NAME.key()), get(DocumentField.SIGNER_TITLE.key()),
                get(DocumentField.SIGNER_DELEGATION.key())) == null ? null
                : new ReportDocument.Signer(trim(DocumentField.SIGNER_NAME), trim(DocumentField.SIGNER_TITLE), trim(DocumentField.SIGNER_DELEGATION));
        ReportDocument.Answers answers = blankToNull(get(DocumentField.ANSWERS_NUMBER.key()), get(DocumentField.ANSWERS_DATE.key())) == null ? null
                : new ReportDocument.Answers(trim(DocumentField.ANSWERS_NUMBER), VietnameseFormat.isoDate(get(DocumentField.ANSWERS_DATE.key())));
        List<String> recipients = Arrays.stream(get(DocumentField.RECIPIENTS.key()).split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        String date = VietnameseFormat.isoDate(get(DocumentField.DATE.key()));
        if (trim(DocumentField.NUMBER) == null && date == null && trim(DocumentField.PLACE) == null && signer == null && answers == null
                && recipients.isEmpty()) {
            return null;
        }
        return new ReportDocument(trim(DocumentField.NUMBER), date, trim(DocumentField.PLACE), signer,
                recipients.isEmpty() ? null : recipients, answers);
    }

    private String trim(DocumentField field) {
        String text = get(field.key()).strip();
        return text.isEmpty() ? null : text;
    }

    private static String blankToNull(String... texts) {
        for (String text : texts) {
            if (!text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    private static void put(Map<String, String> fields, DocumentField field, String value) {
        if (value != null) {
            fields.put(field.key(), value);
        }
    }

    /** A figure's value as typed into its field: numbers the Vietnamese way, true/false as the choice's value. */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isNumber()) {
            return VietnameseFormat.number(value.decimalValue());
        }
        return value.asText();
    }
}
