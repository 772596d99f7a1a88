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
import vn.gov.quangngai.baocao.report.domain.ReportContent;
import vn.gov.quangngai.baocao.report.domain.Template;

/**
 * A document read into a draft that was already saved, field by field: what the file says nothing
 * of keeps its saved value, what only the file gives is taken from it, and where both give a value
 * and they differ the saved one stays until the officer chooses (a {@code CONFLICT} naming both).
 * Nothing saved is ever replaced here.
 */
public final class DraftMerge {

    /** The merged draft and, for every field either side gives, where its value comes from. */
    public record Merged(ReportContent draft, List<ImportResult.Field> fields) {
    }

    private final List<ImportResult.Field> fields = new ArrayList<>();

    private DraftMerge() {
    }

    /** {@code saved} may be null (nothing saved yet): everything the file gives is then taken from it. */
    public static Merged merge(Template template, ReportContent saved, ReportContent file) {
        ReportContent before = saved == null ? ReportContent.empty() : saved;
        DraftMerge merge = new DraftMerge();
        ReportContent.Document document = merge.document(before.document(), file.document());
        List<ReportContent.SectionText> sections = merge.sections(template, before.sections(), file.sections());
        List<ReportContent.IndicatorValue> indicators = merge.indicators(template, before.indicators(), file.indicators());
        boolean fileHasContent = file.sections().stream().anyMatch(s -> present(text(s.text())))
                || file.indicators().stream().anyMatch(i -> present(i.value()));
        if (before.nilReport()) {
            // the file never says "nothing to report"; a saved nil report the file fills in is the officer's to undo
            merge.fields.add(fileHasContent
                    ? new ImportResult.Field("/nilReport", ImportResult.Origin.CONFLICT, BooleanNode.TRUE, BooleanNode.FALSE)
                    : new ImportResult.Field("/nilReport", ImportResult.Origin.SAVED, BooleanNode.TRUE, null));
        }
        return new Merged(new ReportContent(document, sections, indicators, before.nilReport()), List.copyOf(merge.fields));
    }

    private ReportContent.Document document(ReportContent.Document saved, ReportContent.Document file) {
        String number = textField("/document/number", saved, file, ReportContent.Document::number);
        String date = textField("/document/date", saved, file, ReportContent.Document::date);
        String place = textField("/document/place", saved, file, ReportContent.Document::place);
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
        ReportContent.Signer signer = delegation == null && title == null && name == null ? null : new ReportContent.Signer(name, title, delegation);
        ReportContent.Answers answers = answersNumber == null && answersDate == null ? null : new ReportContent.Answers(answersNumber, answersDate);
        return new ReportContent.Document(number, date, place, signer, recipientList, answers);
    }

    private List<ReportContent.SectionText> sections(Template template, List<ReportContent.SectionText> saved, List<ReportContent.SectionText> file) {
        Map<String, String> before = new LinkedHashMap<>();
        saved.forEach(s -> before.put(s.key(), s.text()));
        Map<String, String> after = new LinkedHashMap<>();
        file.forEach(s -> after.put(s.key(), s.text()));
        List<ReportContent.SectionText> merged = new ArrayList<>();
        for (String key : keys(template.sections().stream().map(Template.Section::key).toList(), before.keySet(), after.keySet())) {
            JsonNode value = field("/sections/" + escape(key) + "/text", text(before.get(key)), text(after.get(key)));
            if (value != null) {
                merged.add(new ReportContent.SectionText(key, value.asText()));
            }
        }
        return merged;
    }

    private List<ReportContent.IndicatorValue> indicators(Template template, List<ReportContent.IndicatorValue> saved,
                                                          List<ReportContent.IndicatorValue> file) {
        Map<String, JsonNode> before = new LinkedHashMap<>();
        saved.forEach(i -> before.put(i.code(), i.value()));
        Map<String, JsonNode> after = new LinkedHashMap<>();
        file.forEach(i -> after.put(i.code(), i.value()));
        List<ReportContent.IndicatorValue> merged = new ArrayList<>();
        for (String code : keys(template.indicators().stream().map(Template.Indicator::code).toList(), before.keySet(), after.keySet())) {
            JsonNode value = field("/indicators/" + escape(code), before.get(code), after.get(code));
            if (value != null) {
                merged.add(new ReportContent.IndicatorValue(code, value));
            }
        }
        return merged;
    }

    private String textField(String name, ReportContent.Document saved, ReportContent.Document file, Function<ReportContent.Document, String> read) {
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
            fields.add(new ImportResult.Field(name, ImportResult.Origin.FILE, null, file));
            return file;
        }
        if (!hasFile || same(saved, file)) {
            fields.add(new ImportResult.Field(name, ImportResult.Origin.SAVED, saved, hasFile ? file : null));
        } else {
            fields.add(new ImportResult.Field(name, ImportResult.Origin.CONFLICT, saved, file));
        }
        return saved;
    }

    /** The outline's order first, then any key only one side has (kept, never dropped). */
    private static Set<String> keys(List<String> outline, Set<String> saved, Set<String> file) {
        Set<String> keys = new LinkedHashSet<>(outline);
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

    private static JsonNode lines(ReportContent.Document document) {
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
