package vn.gov.quangngai.baocao.report.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed between two contents of one report: sections word by word, figures old → new, the document block, the nil flag. */
public record ReportChanges(List<SectionChange> sections, List<FigureChange> indicators, List<FieldChange> document, NilChange nilReport) {

    /** How an item changed from one side to the other. */
    @Schema(name = "DiffChange")
    public enum Change { ADDED, REMOVED, CHANGED, UNCHANGED }

    /** A run of words: kept, inserted by the later side, or deleted from the earlier. */
    @Schema(name = "WordOp")
    public enum Op { EQUAL, INSERT, DELETE }

    /** A section: its text as runs of words that, read in order, give both texts (EQUAL + DELETE the earlier, EQUAL + INSERT the later). */
    @Schema(name = "SectionChange")
    public record SectionChange(@Schema(example = "II.3") String key, @Schema(example = "Tiếp công dân, đơn thư, khiếu nại, tố cáo") String title,
                                Change change, List<WordRun> words) {
    }

    @Schema(name = "WordRun")
    public record WordRun(Op op, @Schema(example = "04 lượt") String text) {
    }

    /** A figure's value on each side; null where it was left empty. */
    @Schema(name = "FigureChange")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FigureChange(@Schema(example = "II.3.receptions_periodic") String code,
                               @Schema(example = "Số lượt tiếp công dân định kỳ") String label,
                               @Schema(example = "lượt") String unit,
                               @Schema(example = "0") JsonNode from, @Schema(example = "4") JsonNode to, Change change) {
    }

    /** A field of the document block that differs, e.g. {@code signer.name}; recipients are one field, one per line. */
    @Schema(name = "FieldChange")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FieldChange(@Schema(example = "number") String field, @Schema(example = "125/BC-BDT") String from,
                              @Schema(example = "131/BC-BDT") String to) {
    }

    @Schema(name = "NilChange")
    public record NilChange(boolean from, boolean to) {
    }
}
