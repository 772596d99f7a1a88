package vn.gov.quangngai.baocao.support.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.StreamSupport;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.Problem;

/**
 * Turns a schema check's findings into field problems. Only what stops a body from binding to its
 * record is taken from the schema (types, unknown fields, closed sets, formats, required fields):
 * limits and patterns come from Bean Validation, whose messages say them per field.
 */
final class SchemaProblems {

    private static final Set<String> STRUCTURAL = Set.of("type", "additionalProperties", "enum", "format", "required", "const");

    private SchemaProblems() {
    }

    /** One problem per structural finding, with the pointer of what is wrong (for a missing field, the field). */
    static List<Problem.FieldError> of(List<Error> errors, Locale locale) {
        List<Problem.FieldError> problems = new ArrayList<>();
        for (Error error : errors) {
            if (!STRUCTURAL.contains(error.getKeyword())) {
                continue;
            }
            String location = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
            String pointer = error.getProperty() == null ? location : location + "/" + JsonTrees.escape(error.getProperty());
            problems.add(new Problem.FieldError(pointer, message(error).in(locale)));
        }
        return problems;
    }

    private static Msg message(Error error) {
        JsonNode schema = error.getSchemaNode();
        return switch (error.getKeyword()) {
            case "required" -> Msg.of("support.field.required");
            case "additionalProperties" -> Msg.of("support.field.unknown");
            case "type" -> Msg.of("support.field.type." + expectedType(schema));
            case "enum" -> Msg.of("support.field.oneOf", String.join(", ", values(schema)));
            case "const" -> Msg.of("support.field.oneOf", schema.asText());
            case "format" -> Msg.of("support.field.format." + schema.asText());
            default -> Msg.of("support.field.invalid");
        };
    }

    /** The type asked for; of {@code ["integer", "null"]}, the one that is not null. */
    private static String expectedType(JsonNode schema) {
        if (schema != null && schema.isArray()) {
            return StreamSupport.stream(schema.spliterator(), false).map(JsonNode::asText).filter(t -> !t.equals("null")).findFirst().orElse("null");
        }
        return schema == null ? "object" : schema.asText();
    }

    private static List<String> values(JsonNode schema) {
        List<String> values = new ArrayList<>();
        if (schema != null) {
            schema.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}
