package vn.gov.quangngai.baocao.report.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.report.domain.Template;

/** A reporting round as the API shows it. */
@Schema(name = "Round")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoundView(
        @Schema(example = "DVCQ-2021") String code,
        @Schema(example = "Báo cáo kết quả công tác dân vận chính quyền năm 2021") String title,
        Request request,
        Period period,
        @Schema(example = "2021-11-15T23:59:59+07:00") OffsetDateTime deadline,
        @Schema(description = "OPEN or CLOSED", example = "OPEN") String status,
        @Schema(description = "the expected agencies, in the order summaries compile them", example = "[\"BDT\", \"STC\", \"MINHLONG\"]") List<String> agencies,
        @Schema(description = "the built-in template it was opened from, if any", example = "DVCQ-NAM") String templateCode,
        Template template,
        OffsetDateTime createdAt,
        OffsetDateTime closedAt,
        @Schema(description = "the reports by status; for callers who see every agency (reviewer, viewer, admin, report reader)") RoundCounts counts,
        @Schema(description = "a submitter's own agency's report in this round") ReportRow report) {

    /** The official request that opened the round. */
    @Schema(name = "RoundLetter")
    public record Request(
            @Schema(example = "2454/SNV-XDCQ") String number,
            @Schema(example = "2021-10-29") LocalDate date,
            @Schema(example = "Sở Nội vụ tỉnh Quảng Ngãi") String issuer) {
    }

    /** The period reported on. */
    @Schema(name = "Period")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(
            @Schema(description = "YEAR, HALF, QUARTER or MONTH", example = "YEAR") String kind,
            @Schema(example = "2021") int year,
            @Schema(description = "1-2 for HALF, 1-4 for QUARTER, 1-12 for MONTH; absent for YEAR") Integer index) {
    }
}
