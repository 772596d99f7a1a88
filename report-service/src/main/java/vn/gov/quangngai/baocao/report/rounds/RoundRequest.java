package vn.gov.quangngai.baocao.report.rounds;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.support.body.JsonBody;

/**
 * "Open a round": the official request, the period, the deadline, the expected agencies and the
 * outline (a template, or the code of a built-in one). What needs the registry (agencies known,
 * each once), the built-in outlines or several fields at once is checked by {@code RoundRequestRules}.
 */
@JsonBody
@Schema(name = "RoundRequest", additionalProperties = Schema.False.class)
public record RoundRequest(
        @NotNull @Pattern(regexp = "[A-Z0-9-]{2,40}", message = "{baocao.code.pattern}") @Schema(example = "DVCQ-2021") String code,
        @NotBlank @Size(max = 500, message = "{baocao.text.max}") @Schema(example = "Báo cáo kết quả công tác dân vận chính quyền năm 2021") String title,
        @NotNull @Valid Letter request,
        @NotNull @Valid Period period,
        @NotBlank @Size(max = 40, message = "{baocao.text.max}")
        @Schema(description = "date-time with offset, or a date meaning 23:59:59 that day in Asia/Ho_Chi_Minh", example = "2021-11-15") String deadline,
        @NotNull @Size(min = 1, max = 10_000, message = "{baocao.items.range}")
        @Schema(description = "agency codes, in the order summaries compile them", example = "[\"BDT\", \"STC\", \"MINHLONG\"]")
        List<@NotBlank @Size(max = 40, message = "{baocao.text.max}") String> agencies,
        @Valid @Schema(description = "the outline; or give templateCode instead") TemplateRequest template,
        @Size(max = 60, message = "{baocao.text.max}") @Schema(description = "a built-in outline instead of template", example = "DVCQ-NAM") String templateCode) {

    /** The official letter that opens the round, e.g. Công văn số 2454/SNV-XDCQ ngày 29/10/2021. */
    @Schema(name = "RoundRequestLetter", additionalProperties = Schema.False.class)
    public record Letter(
            @NotBlank @Size(max = 100, message = "{baocao.text.max}") @Schema(example = "2454/SNV-XDCQ") String number,
            @NotNull @Schema(example = "2021-10-29") LocalDate date,
            @NotBlank @Size(max = 300, message = "{baocao.text.max}") @Schema(example = "Sở Nội vụ tỉnh Quảng Ngãi") String issuer) {
    }

    /** The period reported on; {@code index} numbers the half (1–2), quarter (1–4) or month (1–12). */
    @Schema(name = "PeriodRequest", additionalProperties = Schema.False.class)
    public record Period(
            @NotNull PeriodKind kind,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2021") Integer year,
            @Min(1) @Max(12) @Schema(description = "1-2 for HALF, 1-4 for QUARTER, 1-12 for MONTH; absent for YEAR") Integer index) {
    }
}
