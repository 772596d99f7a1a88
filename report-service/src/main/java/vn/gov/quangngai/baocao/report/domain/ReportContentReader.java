package vn.gov.quangngai.baocao.report.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an agency's report body against its round's template: unknown sections and figures,
 * values of the wrong type, negative counts, oversized text and malformed dates are each named by
 * JSON Pointer; text is stored in NFC.
 */
public final class ReportContentReader {

    public static final int MAX_SECTION_TEXT = 100_000;
    public static final int MAX_FIGURE_TEXT = 2_000;
    static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000000000000");

    private static final Set<String> BODY_FIELDS = Set.of("document", "sections", "indicators", "nilReport");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("number", "date", "place", "signer", "recipients", "answers");
    private static final Set<String> SIGNER_FIELDS = Set.of("name", "title", "delegation");

    private final Template template;

    public ReportContentReader(Template template) {
        this.template = template;
    }

    /** The content of {@code body}, or a 422 naming every problem of it. */
    public ReportContent read(JsonNode body) {
        JsonFields fields = JsonFields.ofBody(body, BODY_FIELDS, false);
        FieldErrors errors = fields.errors();
        ReportContent.Document document = readDocument(fields, body);
        List<ReportContent.SectionText> sections = readSections(fields, body);
        List<ReportContent.IndicatorValue> indicators = readIndicators(fields, body);
        boolean nilReport = fields.bool(body, "nilReport", "/nilReport", false);
        errors.throwIfAny();
        return new ReportContent(document, sections, indicators, nilReport);
    }

    /** Problems that stop a submission: required figures left empty (a nil report needs none). */
    public List<vn.gov.quangngai.baocao.support.problem.Problem.FieldError> missingAtSubmit(ReportContent content) {
        FieldErrors errors = new FieldErrors();
        if (content.nilReport()) {
            return errors.list();
        }
        for (Template.Indicator indicator : template.indicators()) {
            if (!indicator.required()) {
                continue;
            }
            int index = indexOf(content.indicators(), indicator.code());
            if (index < 0) {
                errors.add("/indicators", "figure " + indicator.code() + " (" + indicator.label() + ") is required to submit");
            } else if (content.indicators().get(index).value().isNull()) {
                errors.add("/indicators/" + index + "/value", "figure " + indicator.code() + " (" + indicator.label() + ") is required to submit");
            }
        }
        return errors.list();
    }

    private static ReportContent.Document readDocument(JsonFields fields, JsonNode body) {
        JsonNode node = fields.object(body, "document", "/document", false);
        if (node == null) {
            return null;
        }
        fields.rejectUnknown(node, "/document", DOCUMENT_FIELDS);
        String number = fields.text(node, "number", "/document/number", false, 100);
        String date = fields.text(node, "date", "/document/date", false, 10);
        if (date != null && !isDate(date)) {
            fields.errors().add("/document/date", "must be a date as YYYY-MM-DD");
        }
        String place = fields.text(node, "place", "/document/place", false, 200);
        ReportContent.Signer signer = null;
        JsonNode signerNode = fields.object(node, "signer", "/document/signer", false);
        if (signerNode != null) {
            fields.rejectUnknown(signerNode, "/document/signer", SIGNER_FIELDS);
            signer = new ReportContent.Signer(
                    fields.text(signerNode, "name", "/document/signer/name", false, 200),
                    fields.text(signerNode, "title", "/document/signer/title", false, 200),
                    fields.text(signerNode, "delegation", "/document/signer/delegation", false, 200));
        }
        List<String> recipients = new ArrayList<>();
        JsonNode recipientsNode = fields.array(node, "recipients", "/document/recipients", false, 100);
        if (recipientsNode != null) {
            for (int i = 0; i < recipientsNode.size(); i++) {
                String recipient = fields.text(recipientsNode.get(i), "/document/recipients/" + i, true, 500);
                if (recipient != null) {
                    recipients.add(recipient);
                }
            }
        }
        ReportContent.Answers answers = null;
        JsonNode answersNode = fields.object(node, "answers", "/document/answers", false);
        if (answersNode != null) {
            fields.rejectUnknown(answersNode, "/document/answers", Set.of("number", "date"));
            String answersDate = fields.text(answersNode, "date", "/document/answers/date", false, 10);
            if (answersDate != null && !isDate(answersDate)) {
                fields.errors().add("/document/answers/date", "must be a date as YYYY-MM-DD");
            }
            answers = new ReportContent.Answers(fields.text(answersNode, "number", "/document/answers/number", false, 100), answersDate);
        }
        return new ReportContent.Document(number, date, place, signer, recipients, answers);
    }

    private List<ReportContent.SectionText> readSections(JsonFields fields, JsonNode body) {
        List<ReportContent.SectionText> sections = new ArrayList<>();
        JsonNode array = fields.array(body, "sections", "/sections", false, 200);
        if (array == null) {
            return sections;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String pointer = "/sections/" + i;
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                fields.errors().add(pointer, "must be an object {key, text}");
                continue;
            }
            fields.rejectUnknown(item, pointer, Set.of("key", "text"));
            String key = fields.text(item, "key", pointer + "/key", true, 20);
            String text = fields.text(item, "text", pointer + "/text", false, MAX_SECTION_TEXT);
            if (key == null) {
                continue;
            }
            if (template.section(key).isEmpty()) {
                fields.errors().add(pointer + "/key", "no section " + key + " in this round's outline");
            } else if (!seen.add(key)) {
                fields.errors().add(pointer + "/key", "section " + key + " is given twice");
            } else {
                sections.add(new ReportContent.SectionText(key, text == null ? "" : text));
            }
        }
        return sections;
    }

    private List<ReportContent.IndicatorValue> readIndicators(JsonFields fields, JsonNode body) {
        List<ReportContent.IndicatorValue> values = new ArrayList<>();
        JsonNode array = fields.array(body, "indicators", "/indicators", false, 1000);
        if (array == null) {
            return values;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String pointer = "/indicators/" + i;
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                fields.errors().add(pointer, "must be an object {code, value}");
                continue;
            }
            fields.rejectUnknown(item, pointer, Set.of("code", "value"));
            String code = fields.text(item, "code", pointer + "/code", true, 60);
            if (code == null) {
                continue;
            }
            Optional<Template.Indicator> indicator = template.indicator(code);
            if (indicator.isEmpty()) {
                fields.errors().add(pointer + "/code", "no figure " + code + " in this round's outline");
            } else if (!seen.add(code)) {
                fields.errors().add(pointer + "/code", "figure " + code + " is given twice");
            } else {
                JsonNode value = value(fields.errors(), indicator.get(), item.get("value"), pointer + "/value");
                if (value != null) {
                    values.add(new ReportContent.IndicatorValue(code, value));
                }
            }
        }
        return values;
    }

    /** The value in its stored form, null NullNode for "left empty", or null after recording a problem. */
    private static JsonNode value(FieldErrors errors, Template.Indicator indicator, JsonNode value, String pointer) {
        if (value == null || value.isNull()) {
            return NullNode.getInstance();
        }
        switch (indicator.type()) {
            case INTEGER, MONEY -> {
                if (!value.isIntegralNumber()) {
                    errors.add(pointer, "must be a whole number (" + indicator.label() + ")");
                    return null;
                }
                BigDecimal number = value.decimalValue();
                if (number.signum() < 0) {
                    errors.add(pointer, "must not be negative (" + indicator.label() + ")");
                    return null;
                }
                if (number.compareTo(MAX_NUMBER) >= 0) {
                    errors.add(pointer, "is too large");
                    return null;
                }
                return LongNode.valueOf(number.longValueExact());
            }
            case DECIMAL -> {
                if (!value.isNumber()) {
                    errors.add(pointer, "must be a number (" + indicator.label() + ")");
                    return null;
                }
                if (value.decimalValue().abs().compareTo(MAX_NUMBER) >= 0) {
                    errors.add(pointer, "is too large");
                    return null;
                }
                return DecimalNode.valueOf(value.decimalValue());
            }
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    errors.add(pointer, "must be true or false (" + indicator.label() + ")");
                    return null;
                }
                return BooleanNode.valueOf(value.asBoolean());
            }
            case TEXT -> {
                if (!value.isTextual()) {
                    errors.add(pointer, "must be a string (" + indicator.label() + ")");
                    return null;
                }
                String text = JsonFields.nfc(value.asText()).strip();
                if (text.length() > MAX_FIGURE_TEXT) {
                    errors.add(pointer, "must be at most " + MAX_FIGURE_TEXT + " characters");
                    return null;
                }
                return TextNode.valueOf(text);
            }
            default -> throw new IllegalStateException("unknown type " + indicator.type());
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static int indexOf(List<ReportContent.IndicatorValue> values, String code) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
