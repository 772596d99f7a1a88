package vn.gov.quangngai.baocao.report.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads and checks an outline: unique section keys and figure codes, known types and aggregations that fit them. */
public final class TemplateReader {

    static final int MAX_HINTS = 20;
    static final int MAX_HINT_LENGTH = 200;

    private TemplateReader() {
    }

    public static Template read(JsonFields fields, JsonNode node, String pointer) {
        if (node == null || !node.isObject()) {
            fields.errors().add(pointer, "must be an object {sections}");
            return null;
        }
        fields.rejectUnknown(node, pointer, Set.of("sections"));
        JsonNode array = fields.array(node, "sections", pointer + "/sections", true, 200);
        if (array == null) {
            return null;
        }
        if (array.isEmpty()) {
            fields.errors().add(pointer + "/sections", "must have at least one section");
        }
        Set<String> keys = new HashSet<>();
        Set<String> codes = new HashSet<>();
        List<Template.Section> sections = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            Template.Section section = readSection(fields, array.get(i), pointer + "/sections/" + i, keys, codes);
            if (section != null) {
                sections.add(section);
            }
        }
        return new Template(sections);
    }

    private static Template.Section readSection(JsonFields fields, JsonNode node, String pointer, Set<String> keys, Set<String> codes) {
        if (!node.isObject()) {
            fields.errors().add(pointer, "must be an object {key, title, guidance?, indicators}");
            return null;
        }
        fields.rejectUnknown(node, pointer, Set.of("key", "title", "guidance", "indicators"));
        String key = fields.text(node, "key", pointer + "/key", true, 20);
        if (key != null && !RoundDefinitionReader.SECTION_KEY.matcher(key).matches()) {
            fields.errors().add(pointer + "/key", "must be letters, digits and dots, like II.3");
        } else if (key != null && !keys.add(key)) {
            fields.errors().add(pointer + "/key", "section key " + key + " is used twice");
        }
        String title = fields.text(node, "title", pointer + "/title", true, 500);
        String guidance = fields.text(node, "guidance", pointer + "/guidance", false, 5000);
        List<Template.Indicator> indicators = new ArrayList<>();
        JsonNode array = fields.array(node, "indicators", pointer + "/indicators", false, 500);
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                Template.Indicator indicator = readIndicator(fields, array.get(i), pointer + "/indicators/" + i, codes);
                if (indicator != null) {
                    indicators.add(indicator);
                }
            }
        }
        return new Template.Section(key, title, guidance, indicators);
    }

    private static Template.Indicator readIndicator(JsonFields fields, JsonNode node, String pointer, Set<String> codes) {
        if (!node.isObject()) {
            fields.errors().add(pointer, "must be an object {code, label, unit, type, aggregation, required, hints?}");
            return null;
        }
        fields.rejectUnknown(node, pointer, Set.of("code", "label", "unit", "type", "aggregation", "required", "hints"));
        String code = fields.text(node, "code", pointer + "/code", true, 60);
        if (code != null && !RoundDefinitionReader.INDICATOR_CODE.matcher(code).matches()) {
            fields.errors().add(pointer + "/code", "must be letters, digits, '.', '_' or '-'");
        } else if (code != null && !codes.add(code)) {
            fields.errors().add(pointer + "/code", "figure code " + code + " is used twice");
        }
        String label = fields.text(node, "label", pointer + "/label", true, 500);
        String unit = fields.text(node, "unit", pointer + "/unit", false, 50);
        IndicatorType type = enumValue(fields, node, "type", pointer + "/type", IndicatorType.class);
        Aggregation aggregation = enumValue(fields, node, "aggregation", pointer + "/aggregation", Aggregation.class);
        if (type != null && aggregation != null && !aggregation.appliesTo(type)) {
            fields.errors().add(pointer + "/aggregation", aggregation + " does not apply to a " + type + " figure");
        }
        boolean required = fields.bool(node, "required", pointer + "/required", false);
        return new Template.Indicator(code, label, unit, type, aggregation, required, hints(fields, node, pointer + "/hints"));
    }

    /** Optional words that name the figure in reports: up to 20 non-blank strings of up to 200 characters. */
    private static List<String> hints(JsonFields fields, JsonNode node, String pointer) {
        JsonNode array = fields.array(node, "hints", pointer, false, MAX_HINTS);
        List<String> hints = new ArrayList<>();
        if (array == null) {
            return hints;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode hint = array.get(i);
            if (!hint.isTextual() || hint.asText().isBlank()) {
                fields.errors().add(pointer + "/" + i, "must be a non-blank string");
                continue;
            }
            String text = fields.text(hint, pointer + "/" + i, true, MAX_HINT_LENGTH);
            if (text != null) {
                hints.add(text);
            }
        }
        return hints;
    }

    private static <E extends Enum<E>> E enumValue(JsonFields fields, JsonNode node, String field, String pointer, Class<E> type) {
        String text = fields.text(node, field, pointer, true, 20);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fields.errors().add(pointer, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()).replaceAll("[\\[\\]]", ""));
            return null;
        }
    }
}
