package vn.gov.quangngai.baocao.console.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.quangngai.baocao.console.client.model.ImportPreview;
import vn.gov.quangngai.baocao.console.client.model.Template;

/**
 * The fields a document read into a saved draft gives otherwise than saved: both values as the form
 * writes them (1.234.567.890, one recipient a line), and which one the form holds. The saved one is
 * held until the officer picks the file's, one field at a time or all at once; the choice travels
 * with the form (hidden fields), so it works without JavaScript too.
 */
public record ImportChoices(List<Choice> items) {

    /** Picking the file's value, or the saved one, of a field ({@code file:number}) or of all of them ({@code file:*}). */
    public static final String ALL = "*";
    public static final String SAVED = "saved";
    public static final String FILE = "file";

    /** One field: its name in the form, the input that holds it, its words, both values, which one is taken. */
    public record Choice(int index, String field, String inputId, String label, String saved, String file, String taken,
                         String savedShown, String fileShown) {

        public boolean tookFile() {
            return FILE.equals(taken);
        }

        /** What the form holds when this choice is taken. */
        String value() {
            return tookFile() ? file : saved;
        }

        Choice taking(String side) {
            return new Choice(index, field, inputId, label, saved, file, side, savedShown, fileShown);
        }
    }

    /** What picking changed: the choices, and the form's values with the picked ones set. */
    public record Picked(ImportChoices choices, DraftValues values) {
    }

    public ImportChoices {
        items = List.copyOf(items);
    }

    public static ImportChoices none() {
        return new ImportChoices(List.of());
    }

    /** The service's answer to an import: each CONFLICT field, the saved value taken (the draft it sent holds it). */
    public static ImportChoices of(Template template, List<ImportPreview.Field> fields) {
        List<Choice> items = new ArrayList<>();
        for (ImportPreview.Field field : fields) {
            if (!field.conflict()) {
                continue;
            }
            Optional<String> name = fieldName(field.field());
            if (name.isEmpty()) {
                // a field this console has no input for: the saved value stays, as the service keeps it
                continue;
            }
            items.add(choice(template, items.size(), name.get(), text(name.get(), field.saved()), text(name.get(), field.file()), SAVED));
        }
        return new ImportChoices(items);
    }

    /** The choices as the form posted them back: four lists in the same order. */
    public static ImportChoices posted(Template template, List<String> fields, List<String> saved, List<String> file, List<String> taken) {
        List<Choice> items = new ArrayList<>();
        int count = Math.min(Math.min(size(fields), size(saved)), Math.min(size(file), size(taken)));
        for (int i = 0; i < count; i++) {
            items.add(choice(template, i, fields.get(i), saved.get(i), file.get(i), FILE.equals(taken.get(i)) ? FILE : SAVED));
        }
        return new ImportChoices(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The choice for a field of the form, or null when the file does not contradict it. */
    public Choice at(String field) {
        return items.stream().filter(c -> c.field().equals(field)).findFirst().orElse(null);
    }

    public Choice atSection(String key) {
        return at(DraftValues.section(key));
    }

    public Choice atIndicator(String code) {
        return at(DraftValues.indicator(code));
    }

    /** {@code pick} is {@code file:<field>}, {@code saved:<field>}, {@code file:*} or {@code saved:*}; other fields keep what was typed. */
    public Picked pick(String pick, DraftValues typed) {
        int colon = pick == null ? -1 : pick.indexOf(':');
        if (colon < 0) {
            return new Picked(this, typed);
        }
        String side = FILE.equals(pick.substring(0, colon)) ? FILE : SAVED;
        String target = pick.substring(colon + 1);
        List<Choice> chosen = new ArrayList<>();
        Map<String, String> changed = new LinkedHashMap<>();
        boolean nil = typed.nilReport();
        for (Choice choice : items) {
            if (ALL.equals(target) || choice.field().equals(target)) {
                choice = choice.taking(side);
                if (DraftValues.NIL.equals(choice.field())) {
                    nil = "true".equals(choice.value());
                } else {
                    changed.put(choice.field(), choice.value());
                }
            }
            chosen.add(choice);
        }
        DraftValues values = typed.with(changed);
        return new Picked(new ImportChoices(chosen), new DraftValues(values.fields(), nil));
    }

    private static Choice choice(Template template, int index, String field, String saved, String file, String taken) {
        return new Choice(index, field, inputId(field), label(template, field), saved, file, taken, shown(template, field, saved),
                shown(template, field, file));
    }

    /** The service's name of a field ({@code /document/signer/name}) as the form names it ({@code signer.name}). */
    static Optional<String> fieldName(String pointer) {
        if (pointer == null) {
            return Optional.empty();
        }
        if (pointer.equals("/nilReport")) {
            return Optional.of(DraftValues.NIL);
        }
        if (pointer.startsWith("/document/")) {
            String key = pointer.substring("/document/".length()).replace('/', '.');
            for (DocumentField field : DocumentField.values()) {
                if (field.key().equals(key)) {
                    return Optional.of(key);
                }
            }
            return Optional.empty();
        }
        if (pointer.startsWith("/sections/") && pointer.endsWith("/text")) {
            String key = pointer.substring("/sections/".length(), pointer.length() - "/text".length());
            return key.contains("/") ? Optional.empty() : Optional.of(DraftValues.section(unescape(key)));
        }
        if (pointer.startsWith("/indicators/")) {
            String code = pointer.substring("/indicators/".length());
            return code.contains("/") ? Optional.empty() : Optional.of(DraftValues.indicator(unescape(code)));
        }
        return Optional.empty();
    }

    private static String unescape(String key) {
        return key.replace("~1", "/").replace("~0", "~");
    }

    /** A value as the form's field holds it: numbers the Vietnamese way, one recipient a line. */
    private static String text(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> lines = new ArrayList<>();
            value.forEach(v -> lines.add(v.asText()));
            return String.join("\n", lines);
        }
        return field.startsWith("figure:") ? DraftValues.text(value) : value.asText();
    }

    /** A value as a person reads it beside the field: dates as 29/10/2021, yes/no as Có/Không, recipients on one line. */
    private static String shown(Template template, String field, String text) {
        if (text == null || text.isBlank()) {
            return VietnameseFormat.NONE;
        }
        if (field.equals(DraftValues.NIL) || indicatorType(template, field).map("BOOLEAN"::equals).orElse(false)) {
            return "true".equals(text) ? "Có" : "false".equals(text) ? "Không" : text;
        }
        if (field.equals(DocumentField.DATE.key()) || field.equals(DocumentField.ANSWERS_DATE.key())) {
            return VietnameseFormat.date(text);
        }
        if (field.equals(DocumentField.RECIPIENTS.key())) {
            return String.join("; ", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        }
        return text;
    }

    private static Optional<String> indicatorType(Template template, String field) {
        return template.sections().stream().flatMap(s -> s.indicators().stream())
                .filter(f -> DraftValues.indicator(f.code()).equals(field)).map(Template.Indicator::type).findFirst();
    }

    /** The id of the input holding the field, as {@link DraftSheet} gives it. */
    private static String inputId(String field) {
        if (field.equals(DraftValues.NIL)) {
            return DraftValues.NIL;
        }
        if (field.startsWith("section:")) {
            return "text-" + field.substring("section:".length());
        }
        if (field.startsWith("figure:")) {
            return "figure-" + field.substring("figure:".length());
        }
        return "doc-" + field.replace('.', '-');
    }

    private static String label(Template template, String field) {
        if (field.equals(DraftValues.NIL)) {
            return "Báo cáo “" + StatusWord.NIL_REPORT.label() + "”";
        }
        for (Template.Section section : template.sections()) {
            if (DraftValues.section(section.key()).equals(field)) {
                return "Nội dung mục " + section.key() + ". " + section.title();
            }
            for (Template.Indicator indicator : section.indicators()) {
                if (DraftValues.indicator(indicator.code()).equals(field)) {
                    return indicator.label() + (indicator.unit() == null || indicator.unit().isBlank() ? "" : " (" + indicator.unit() + ")");
                }
            }
        }
        return DocumentField.labelOf(field);
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }
}
