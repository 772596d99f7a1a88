package vn.gov.quangngai.baocao.console.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.quangngai.baocao.console.client.model.Template;

/**
 * The report form, generated from the round's outline: the document block, then one part per
 * section (its numbering, title and guidance, a text area, one typed input per figure), each field
 * with its value, the messages the service gave for it, and for an imported document the sentence
 * a suggested figure was read from. Messages for no known field are listed above the form.
 */
public record DraftSheet(List<DocField> document, List<Part> parts, boolean nilReport, List<String> nilErrors, List<String> generalErrors) {

    /** A field of the document block. */
    public record DocField(String name, String id, String label, String hint, String input, String value, List<String> errors) {
    }

    /** A section of the outline with its text and figures. */
    public record Part(String key, String title, String guidance, String id, String text, List<String> errors, List<Indicator> indicators) {
    }

    /** A figure's input: its kind (INTEGER, DECIMAL, MONEY, BOOLEAN, TEXT) decides how it is typed and read. */
    public record Indicator(String code, String label, String unit, String type, boolean required, String id, String value, String source,
                         List<String> errors) {

        /** Typed as a number, read the Vietnamese way (196.878, 215,4). */
        public boolean number() {
            return "INTEGER".equals(type) || "MONEY".equals(type) || "DECIMAL".equals(type);
        }

        /** A whole number: a count or an amount in đồng. */
        public boolean whole() {
            return "INTEGER".equals(type) || "MONEY".equals(type);
        }

        public boolean yesNo() {
            return "BOOLEAN".equals(type);
        }

        /** An example of the value in the field's hint. */
        public String example() {
            return switch (type == null ? "" : type) {
                case "MONEY" -> "Số tiền bằng đồng, ví dụ 9.000.000.000.";
                case "DECIMAL" -> "Số, có thể có phần thập phân, ví dụ 215,4.";
                case "INTEGER" -> "Số nguyên, ví dụ 196.878.";
                default -> "";
            };
        }
    }

    /**
     * @param errors  messages by field name (as {@link DraftValues} names fields; "" for the form as a whole)
     * @param sources the sentence each suggested figure came from, by figure code
     */
    public static DraftSheet of(Template template, DraftValues values, Map<String, List<String>> errors, Map<String, String> sources) {
        Map<String, List<String>> left = new LinkedHashMap<>(errors);
        List<DocField> document = new ArrayList<>();
        for (DocumentField field : DocumentField.values()) {
            document.add(new DocField(field.key(), "doc-" + field.key().replace('.', '-'), field.label(), field.hint(),
                    field.input().name().toLowerCase(Locale.ROOT), values.get(field.key()), taken(left, field.key())));
        }
        List<Part> parts = new ArrayList<>();
        for (Template.Section section : template.sections()) {
            List<Indicator> indicators = new ArrayList<>();
            for (Template.Indicator indicator : section.indicators()) {
                String field = DraftValues.indicator(indicator.code());
                indicators.add(new Indicator(indicator.code(), indicator.label(), indicator.unit(), indicator.type(), indicator.required(), "figure-" + indicator.code(),
                        values.get(field), sources.get(indicator.code()), taken(left, field)));
            }
            String field = DraftValues.section(section.key());
            parts.add(new Part(section.key(), section.title(), section.guidance(), "text-" + section.key(), values.get(field), taken(left, field),
                    indicators));
        }
        List<String> nil = taken(left, DraftValues.NIL);
        List<String> general = left.values().stream().flatMap(List::stream).collect(Collectors.toCollection(ArrayList::new));
        return new DraftSheet(document, parts, values.nilReport(), nil, general);
    }

    /** The codes of the figures that came with a suggestion. */
    public Set<String> suggested() {
        return parts.stream().flatMap(p -> p.indicators().stream()).filter(f -> f.source() != null).map(Indicator::code).collect(Collectors.toSet());
    }

    /** Whether any field has a message. */
    public boolean hasErrors() {
        return !generalErrors.isEmpty() || !nilErrors.isEmpty() || document.stream().anyMatch(f -> !f.errors().isEmpty())
                || parts.stream().anyMatch(p -> !p.errors().isEmpty() || p.indicators().stream().anyMatch(f -> !f.errors().isEmpty()));
    }

    private static List<String> taken(Map<String, List<String>> errors, String field) {
        List<String> found = errors.remove(field);
        return found == null ? List.of() : found;
    }
}
