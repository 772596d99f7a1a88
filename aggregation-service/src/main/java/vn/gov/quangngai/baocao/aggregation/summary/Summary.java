package vn.gov.quangngai.baocao.aggregation.summary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The provincial summary of a round: consolidated figures, compiled sections, completeness; every value names the version it came from. */
@Schema(name = "Summary")
@JsonPropertyOrder({"round", "title", "generatedAt", "basis", "completeness", "indicators", "sections", "versions"})
public record Summary(
        @Schema(example = "DVCQ-2021") String round,
        @Schema(example = "Báo cáo kết quả công tác dân vận chính quyền năm 2021") String title,
        OffsetDateTime generatedAt,
        @Schema(enumeration = {"submitted", "accepted"}, description = "submitted: latest submitted or accepted version of each agency; accepted: accepted reports only", example = "submitted") String basis,
        Completeness completeness,
        List<IndicatorTotal> indicators,
        List<SectionCompilation> sections,
        @Schema(description = "the report version of each agency this summary holds") List<VersionRef> versions) {

    /** Who was expected, who submitted, who is late or missing. */
    @Schema(name = "Completeness")
    public record Completeness(
            @Schema(example = "6") int expected,
            @Schema(description = "agencies whose report counts (submitted or accepted)", example = "4") int submitted,
            @Schema(example = "2") int accepted,
            @Schema(description = "sent back for correction, not yet resubmitted", example = "1") int returned,
            @Schema(description = "nil reports among those counted", example = "0") int nil,
            @Schema(description = "agencies whose first submission came after the deadline") List<AgencyRef> late,
            @Schema(description = "agencies that have not submitted at all") List<AgencyRef> missing) {
    }

    @Schema(name = "AgencyRef")
    public record AgencyRef(@Schema(example = "MINHLONG") String code, @Schema(example = "UBND huyện Minh Long") String name) {
    }

    /** One figure across agencies. */
    @Schema(name = "IndicatorTotal")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record IndicatorTotal(
            @Schema(example = "II.1.support_money") String code,
            @Schema(example = "Kinh phí hỗ trợ đồng bào") String label,
            @Schema(example = "đồng") String unit,
            @Schema(example = "SUM") String aggregation,
            @Schema(description = "by the figure's aggregation; null for NONE or when no agency gave a value", example = "9000000000") Object total,
            @Schema(description = "agencies that gave a value, zero included", example = "1") int reportedBy,
            List<AgencyValue> byAgency) {
    }

    @Schema(name = "AgencyValue")
    public record AgencyValue(@Schema(example = "BDT") String agency, @Schema(example = "Ban Dân tộc") String agencyName,
                              @Schema(example = "9000000000") Object value, @Schema(example = "1") int version) {
    }

    /** One section of the template, compiled agency by agency in the round's order. */
    @Schema(name = "SectionCompilation")
    public record SectionCompilation(@Schema(example = "II.6") String key, @Schema(example = "Kết quả đăng ký thực hiện mô hình \"Dân vận khéo\"") String title,
                                     List<Contribution> contributions) {
    }

    @Schema(name = "Contribution")
    public record Contribution(@Schema(example = "BDT") String agency, @Schema(example = "Ban Dân tộc") String agencyName,
                               @Schema(example = "1") int version, @Schema(example = "Ban Dân tộc đăng ký 01 mô hình \"Dân vận khéo\".") String text) {
    }

    @Schema(name = "VersionRef")
    public record VersionRef(@Schema(example = "BDT") String agency, @Schema(example = "1") int version) {
    }
}
