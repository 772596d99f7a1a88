package vn.gov.quangngai.baocao.report.rounds;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.report.shared.Template;

/** A reporting round as the API shows it. */
@Schema(name = "Round")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Round(
        @Schema(required = true, example = "DVCQ-2021") String code,
        @Schema(required = true, example = "Báo cáo kết quả công tác dân vận chính quyền năm 2021") String title,
        @Schema(required = true) RoundLetter request,
        @Schema(required = true) Period period,
        @Schema(required = true, example = "2021-11-15T23:59:59+07:00") OffsetDateTime deadline,
        @Schema(required = true, enumeration = {"OPEN", "CLOSED"}, example = "OPEN") String status,
        @Schema(required = true, description = "the expected agencies' codes, in the order summaries compile them", example = "[\"BDT\", \"STC\", \"MINHLONG\"]") List<String> agencies,
        @Schema(required = true, description = "the last day of the period: the registry of that day says whom the round expects and what they are called",
                example = "2021-12-31") LocalDate asOf,
        @Schema(required = true, description = "the expected agencies with the names, kinds and parents they had in the round's period, in the round's order")
        List<ExpectedAgency> expected,
        @Schema(description = "the built-in template it was opened from, if any", example = "DVCQ-NAM") String templateCode,
        Template template,
        @Schema(required = true) OffsetDateTime createdAt,
        OffsetDateTime closedAt,
        @Schema(description = "the reports by status; for callers who see every agency (reviewer, viewer, admin, report reader)") RoundCounts counts,
        @Schema(description = "a submitter's own agency's report in this round") ReportRow report) {

    /** An agency the round expects, as it was in the round's period. */
    @Schema(name = "ExpectedAgency")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExpectedAgency(@Schema(required = true, example = "BDT") String code,
                                 @Schema(required = true, example = "Ban Dân tộc") String name,
                                 @Schema(required = true, example = "BAN") String kind,
                                 String parent) {
    }

    /** The period reported on. */
    @Schema(name = "Period")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(
            @Schema(required = true, type = SchemaType.STRING, implementation = PeriodKind.class, example = "YEAR") String kind,
            @Schema(required = true, example = "2021") int year,
            @Schema(description = "1-2 for HALF, 1-4 for QUARTER, 1-12 for MONTH; absent for YEAR") Integer index) {
    }
}
