package vn.gov.quangngai.baocao.console.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What an agency's existing document would make of its saved draft ({@code POST …/import?dryRun=true},
 * nothing stored): the merged draft, the figures suggested with the sentence each came from, the text
 * that could not be placed, the share of the text that was, and where each field's value comes from.
 */
public record ImportPreview(DraftContent draft, List<Suggestion> suggestions, List<Warning> warnings, double placed, List<Field> fields) {

    public List<Field> fields() {
        return fields == null ? List.of() : fields;
    }

    public List<Suggestion> suggestions() {
        return suggestions == null ? List.of() : suggestions;
    }

    public List<Warning> warnings() {
        return warnings == null ? List.of() : warnings;
    }

    /** A figure read from a sentence of the document. */
    public record Suggestion(String code, JsonNode value, String source) {
    }

    /**
     * A field of the merged draft ({@code /document/number}, {@code /sections/II.6/text}, {@code /indicators/II.6.models},
     * {@code /nilReport}): {@code FILE}, {@code SAVED} or {@code CONFLICT} (the saved value kept, the file's beside it).
     */
    public record Field(String field, String origin, JsonNode saved, JsonNode file) {

        public boolean conflict() {
            return "CONFLICT".equals(origin);
        }
    }

    /** Text that could not be placed: its line (paragraph of a .docx), the text, why. */
    public record Warning(int line, String text, String reason) {
    }
}
