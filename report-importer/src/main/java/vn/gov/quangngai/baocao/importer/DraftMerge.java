package vn.gov.quangngai.baocao.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A document read into a draft that was already saved, field by field: what the file says nothing
 * of keeps its saved value, what only the file gives is taken from it, and where both give a value
 * and they differ the saved one stays until the officer chooses (a {@code CONFLICT} naming both).
 * Nothing saved is ever replaced here.
 */
public final class DraftMerge {

    /** The merged draft and, for every field either side gives, where its value comes from. */
    public record Merged(Draft draft, List<Field> fields) {
    }

    /**
     * Where a field's value in the merged draft comes from. FILE: only the file gives a value, it is
     * in the draft; SAVED: the saved value is kept (the file says nothing of it, or the same);
     * CONFLICT: the file says otherwise, the saved value stays until the officer chooses.
     */
    public enum Origin { FILE, SAVED, CONFLICT }

    /**
     * One field of the draft by its keys, escaped as in a JSON Pointer ({@code /indicators/II.1.support_people}),
     * with the value saved before the import and the one the file gives (null when a side gives none).
     */
    public record Field(String field, Origin origin, JsonNode saved, JsonNode file) {
    }

    private final List<Field> fields = new ArrayList<>();

    private DraftMerge() {
    }

    /** {@code saved} may be null (nothing saved yet): everything the file gives is then taken from it. */
    public static Merged merge(Template template, Draft saved, Draft file) {
        Draft before = saved == null ? Draft.empty() : saved;
        DraftMerge merge = new DraftMerge();
        Draft.Document document = merge.document(before.document(), file.document());
        List<Draft.SectionText> sections = merge.sections(template, before.sections(), file.sections());
        List<Draft.IndicatorValue> indicators = merge.indicators(template, before.indicators(), file.indicators());
        boolean fileHasContent = file.sections().stream().anyMatch(s -> present(text(s.text())))
                || file.indicators().stream().anyMatch(i -> present(i.value()));
        if (before.nilReport()) {
            // the file never says "nothing to report"; a saved nil report the file fills in is the officer's to undo
            merge.fields.add(fileHasContent
                    ? new Field("/nilReport", Origin.CONFLICT, BooleanNode.TRUE, BooleanNode.FALSE)
                    : new Field("/nilReport", Origin.SAVED, BooleanNode.TRUE, null));
        }
        return new Merged(new Draft(document, sections, indicators, before.nilReport()), List.copyOf(merge.fields));
    }

    private Draft.Document document(Draft.Document saved, Draft.Document file) {
        String number = textField("/document/number", saved, file, Draft.Document::number);
        String date = textField("/document/date", saved, file, Draft.Document::date);
        String place = textField("/document/place", saved, file, Draft.Document::place);
        String answersNumber = textField("/document/answers/number", saved, file, d -> d.answers() == null ? null : d.answers().number());
        String answersDate = textField("/document/answers/date", saved, file, d -> d.answers() == null ? null : d.answers().date());
        String delegation = textField("/document/signer/delegation", saved, file, d -> d.signer() == null ? null : d.signer().delegation());
        String title = textField("/document/signer/title", saved, file, d -> d.signer() == null ? null : d.signer().title());
        String name = textField("/document/signer/name", saved, file, d -> d.signer() == null ? null : d.signer().name());
        JsonNode recipients = field("/document/recipients", lines(saved), lines(file));
        List<String> recipientList = recipients == null ? null : strings(recipients);
        if (number == null && date == null && place == null && answersNumber == null && answersDate == null && delegation == null
                && title == null && name == null && recipientList == null) {
            return null;
        }
        Draft.Signer signer = delegation == null && title == null && name == null ? null : new Draft.Signer(name, title, delegation);
        Draft.Answers answers = answersNumber == null && answersDate == null ? null : new Draft.Answers(answersNumber, answersDate);
        return new Draft.Document(number, date, place, signer, recipientList, answers);
    }

    private List<Draft.SectionText> sections(Template template, List<Draft.SectionText> saved, List<Draft.SectionText> file) {
        Map<String, String> before = new LinkedHashMap<>();
        saved.forEach(s -> before.put(s.key(), s.text()));
        Map<String, String> after = new LinkedHashMap<>();
        file.forEach(s -> after.put(s.key(), s.text()));
        List<Draft.SectionText> merged = new ArrayList<>();
        for (String key : keys(template.sections().stream().map(Template.Section::key).toList(), before.keySet(), after.keySet())) {
            JsonNode value = field("/sections/" + escape(key) + "/text", text(before.get(key)), text(after.get(key)));
            if (value != null) {
                merged.add(new Draft.SectionText(key, value.asText()));
            }
        }
        return merged;
    }

    private List<Draft.IndicatorValue> indicators(Template template, List<Draft.IndicatorValue> saved, List<Draft.IndicatorValue> file) {
        Map<String, JsonNode> before = new LinkedHashMap<>();
        saved.forEach(i -> before.put(i.code(), i.value()));
        Map<String, JsonNode> after = new LinkedHashMap<>();
        file.forEach(i -> after.put(i.code(), i.value()));
        List<Draft.IndicatorValue> merged = new ArrayList<>();
        for (String code : keys(template.indicators().stream().map(Template.Indicator::code).toList(), before.keySet(), after.keySet())) {
            JsonNode value = field("/indicators/" + escape(code), before.get(code), after.get(code));
            if (value != null) {
                merged.add(new Draft.IndicatorValue(code, value));
            }
        }
        return merged;
    }

    private String textField(String name, Draft.Document saved, Draft.Document file, Function<Draft.Document, String> read) {
        JsonNode value = field(name, text(saved == null ? null : read.apply(saved)), text(file == null ? null : read.apply(file)));
        return value == null ? null : value.asText();
    }

    /** One field: records where its value comes from and answers the merged value (null when neither side gives one). */
    private JsonNode field(String name, JsonNode saved, JsonNode file) {
        boolean hasSaved = present(saved);
        boolean hasFile = present(file);
        if (!hasSaved && !hasFile) {
            return null;
        }
        if (!hasSaved) {
            fields.add(new Field(name, Origin.FILE, null, file));
            return file;
        }
        if (!hasFile || same(saved, file)) {
            fields.add(new Field(name, Origin.SAVED, saved, hasFile ? file : null));
        } else {
            fields.add(new Field(name, Origin.CONFLICT, saved, file));
        }
        return saved;
    }

    /** The outline's order first, then any key only one side has (kept, never dropped). */
    private static Set<String> keys(List<String> template, Set<String> saved, Set<String> file) {
        Set<String> keys = new LinkedHashSet<>(template);
        keys.addAll(saved);
        keys.addAll(file);
        return keys;
    }

    private static boolean present(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        return !(value.isTextual() && value.asText().isBlank()) && !(value.isArray() && value.isEmpty());
    }

    /** Numbers as numbers (9000000000 and 9.0E9 are one value), texts without their surrounding spaces. */
    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isTextual() && b.isTextual()) {
            return a.asText().strip().equals(b.asText().strip());
        }
        if (a.isArray() && b.isArray()) {
            return strings(a).equals(strings(b));
        }
        return Objects.equals(a, b);
    }

    private static JsonNode text(String value) {
        return value == null ? null : TextNode.valueOf(value);
    }

    private static JsonNode lines(Draft.Document document) {
        if (document == null || document.recipients() == null) {
            return null;
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        document.recipients().stream().map(String::strip).filter(r -> !r.isEmpty()).forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText().strip()));
        return out;
    }

    /** A key inside a field name, as JSON Pointer escapes it (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
