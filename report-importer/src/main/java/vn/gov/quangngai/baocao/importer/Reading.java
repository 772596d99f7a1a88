package vn.gov.quangngai.baocao.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What a legacy report reads as, before it meets a saved draft: the draft it gives, the figures
 * suggested from its sentences, what could not be placed, and the share of its text that was.
 */
public record Reading(Draft draft, List<Suggestion> suggestions, List<Warning> warnings, double placed) {

    /** A figure read from a sentence that states it unambiguously. */
    public record Suggestion(String code, JsonNode value, String source) {
    }

    /** Text that could not be placed, with its line (paragraph for a .docx) and why. */
    public record Warning(int line, String text, String reason) {
    }
}
