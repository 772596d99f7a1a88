package vn.gov.quangngai.baocao.console.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;

/** What changed between two versions of a report: sections word by word, figures old → new, in outline order. */
public record ReportDiff(String round, String agency, End from, End to, List<SectionChange> sections, List<IndicatorChange> indicators,
                         List<FieldChange> document, NilChange nilReport) {

    public List<SectionChange> sections() {
        return sections == null ? List.of() : sections;
    }

    public List<IndicatorChange> indicators() {
        return indicators == null ? List.of() : indicators;
    }

    public List<FieldChange> document() {
        return document == null ? List.of() : document;
    }

    /** One side of the comparison: a version (null for the draft) and when it was submitted. */
    public record End(Integer version, OffsetDateTime submittedAt, boolean draft) {
    }

    /** A section: ADDED, REMOVED, CHANGED or UNCHANGED, with its words marked EQUAL, INSERT or DELETE. */
    public record SectionChange(String key, String title, String change, List<Word> words) {

        public List<Word> words() {
            return words == null ? List.of() : words;
        }

        public boolean changed() {
            return !"UNCHANGED".equals(change);
        }
    }

    public record Word(String op, String text) {
    }

    /** A figure's value on each side. */
    public record IndicatorChange(String code, String label, String unit, JsonNode from, JsonNode to, String change) {

        public boolean changed() {
            return !"UNCHANGED".equals(change);
        }
    }

    /** A field of the document block that differs, e.g. number or signer.name. */
    public record FieldChange(String field, String from, String to) {
    }

    public record NilChange(Boolean from, Boolean to) {
    }
}
