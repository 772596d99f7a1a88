package vn.gov.quangngai.baocao.report.rounds;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.report.shared.Aggregation;
import vn.gov.quangngai.baocao.report.shared.IndicatorType;

/** An outline as SNV writes it when opening a round: numbered sections, each with the typed figures agencies fill in. */
@Schema(name = "TemplateRequest", additionalProperties = Schema.False.class)
public record TemplateRequest(
        @NotNull @Size(min = 1, max = 200, message = "{baocao.items.range}") List<@NotNull @Valid Section> sections) {

    /** A section: a stable key ("II.3") and the title people see. */
    @Schema(name = "TemplateSectionRequest", additionalProperties = Schema.False.class)
    public record Section(
            @NotNull @Pattern(regexp = "[A-Za-z0-9.]{1,20}", message = "{baocao.sectionKey.pattern}") @Schema(example = "II.3") String key,
            @NotBlank @Size(max = 500, message = "{baocao.text.max}") @Schema(example = "Tiếp công dân, giải quyết đơn thư, khiếu nại, tố cáo") String title,
            @Size(max = 5000, message = "{baocao.text.max}") String guidance,
            @Size(max = 500, message = "{baocao.items.max}") List<@NotNull @Valid Indicator> indicators) {
    }

    /** A figure: its code, label and unit, the type of its value, how it is added up, and whether a submission needs it. */
    @Schema(name = "TemplateIndicatorRequest", additionalProperties = Schema.False.class)
    public record Indicator(
            @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,60}", message = "{baocao.figureCode.pattern}") @Schema(example = "II.3.receptions_periodic") String code,
            @NotBlank @Size(max = 500, message = "{baocao.text.max}") @Schema(example = "Số lượt tiếp công dân định kỳ") String label,
            @Size(max = 50, message = "{baocao.text.max}") @Schema(example = "lượt") String unit,
            @NotNull IndicatorType type,
            @NotNull Aggregation aggregation,
            @Schema(description = "a submission needs a value (a nil report needs none); false when absent") Boolean required,
            @Schema(description = "other words that name the figure in agencies' reports, used when importing a document", example = "[\"tiếp công dân định kỳ\"]")
            @Size(max = 20, message = "{baocao.items.max}") List<@NotBlank @Size(max = 200, message = "{baocao.text.max}") String> hints) {
    }
}
