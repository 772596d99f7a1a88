package vn.gov.quangngai.baocao.console.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What an agency's existing document would become ({@code POST …/import?dryRun=true}, nothing
 * stored): the draft, the figures suggested with the sentence each came from, the text that could
 * not be placed, and the share of the text that was.
 */
public record ImportPreview(DraftContent draft, List<Suggestion> suggestions, List<Warning> warnings, double placed) {

    public List<Suggestion> suggestions() {
        return suggestions == null ? List.of() : suggestions;
    }

    public List<Warning> warnings() {
        return warnings == null ? List.of() : warnings;
    }

    /** A figure read from a sentence of the document. */
    public record Suggestion(String code, JsonNode value, String source) {
    }

    /** Text that could not be placed: its line (paragraph of a .docx), the text, why. */
    public record Warning(int line, String text, String reason) {
    }
}
