package vn.gov.quangngai.baocao.report.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads fields of a JSON body by hand, collecting a problem for each bad one instead of stopping
 * at the first (as a data-binding library does). Text comes back in Unicode NFC.
 */
public final class JsonFields {

    private final FieldErrors errors;

    public JsonFields(FieldErrors errors) {
        this.errors = errors;
    }

    /**
     * Fields of a request body that must be a JSON object with only {@code known} fields; an
     * absent body is read as {} when {@code emptyAllowed} (POSTs that may come without a body).
     */
    public static JsonFields ofBody(JsonNode body, Set<String> known, boolean emptyAllowed) {
        FieldErrors errors = new FieldErrors();
        JsonFields fields = new JsonFields(errors);
        boolean absent = body == null || body.isNull() || body.isMissingNode();
        if (!(absent && emptyAllowed) && (absent || !body.isObject())) {
            errors.add("", "the body must be a JSON object");
            errors.throwIfAny();
        }
        if (!absent) {
            fields.rejectUnknown(body, "", known);
        }
        return fields;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** The object at {@code pointer}, or null (with a problem if it is required or not an object). */
    public JsonNode object(JsonNode parent, String field, String pointer, boolean required) {
        JsonNode node = parent.get(field);
        if (isAbsent(node)) {
            if (required) {
                errors.add(pointer, "is required");
            }
            return null;
        }
        if (!node.isObject()) {
            errors.add(pointer, "must be an object");
            return null;
        }
        return node;
    }

    /** The array at {@code pointer}, or null. */
    public JsonNode array(JsonNode parent, String field, String pointer, boolean required, int maxItems) {
        JsonNode node = parent.get(field);
        if (isAbsent(node)) {
            if (required) {
                errors.add(pointer, "is required");
            }
            return null;
        }
        if (!node.isArray()) {
            errors.add(pointer, "must be an array");
            return null;
        }
        if (node.size() > maxItems) {
            errors.add(pointer, "must have at most " + maxItems + " items");
            return null;
        }
        return node;
    }

    /** The text at {@code pointer} in NFC, trimmed, or null. */
    public String text(JsonNode parent, String field, String pointer, boolean required, int maxLength) {
        return text(parent.get(field), pointer, required, maxLength);
    }

    public String text(JsonNode node, String pointer, boolean required, int maxLength) {
        if (isAbsent(node) || (node.isTextual() && node.asText().isBlank())) {
            if (required) {
                errors.add(pointer, "is required");
            }
            return null;
        }
        if (!node.isTextual()) {
            errors.add(pointer, "must be a string");
            return null;
        }
        String text = nfc(node.asText()).strip();
        if (text.length() > maxLength) {
            errors.add(pointer, "must be at most " + maxLength + " characters (has " + text.length() + ")");
            return null;
        }
        return text;
    }

    /** The whole number at {@code pointer}, or null. */
    public Integer integer(JsonNode parent, String field, String pointer, boolean required, int min, int max) {
        JsonNode node = parent.get(field);
        if (isAbsent(node)) {
            if (required) {
                errors.add(pointer, "is required");
            }
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            errors.add(pointer, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return node.asInt();
    }

    /** The boolean at {@code pointer}, or {@code otherwise}. */
    public boolean bool(JsonNode parent, String field, String pointer, boolean otherwise) {
        JsonNode node = parent.get(field);
        if (isAbsent(node)) {
            return otherwise;
        }
        if (!node.isBoolean()) {
            errors.add(pointer, "must be true or false");
            return otherwise;
        }
        return node.asBoolean();
    }

    /** A problem for every field of {@code node} not in {@code known}: a typo would otherwise be lost silently. */
    public void rejectUnknown(JsonNode node, String pointer, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                errors.add(pointer + "/" + escape(name), "is not a known field");
            }
        }
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }
}
