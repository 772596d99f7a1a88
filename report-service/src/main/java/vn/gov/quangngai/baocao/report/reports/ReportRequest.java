package vn.gov.quangngai.baocao.report.reports;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.support.body.JsonBody;

/**
 * An agency's report as it sends it: the document block, one text per section of the outline, the
 * figures by code. Whether keys and codes are in the round's outline and each value fits its
 * figure's type is checked by {@code ReportRequestRules}, against the round named in the path.
 */
@JsonBody
@Schema(name = "ReportRequest", additionalProperties = Schema.False.class)
public record ReportRequest(
        @Valid Document document,
        @Size(max = 200, message = "{baocao.items.max}") @Schema(description = "one text per section key of the outline")
        List<@NotNull @Valid SectionText> sections,
        @Size(max = 1000, message = "{baocao.items.max}") @Schema(description = "figures by code; value a number, true/false or text by the figure's type, or null for empty")
        List<@NotNull @Valid IndicatorValue> indicators,
        @Schema(description = "nothing to report this round (Không phát sinh): counts as submitted, gives no figures") Boolean nilReport) {

    /** The official document block: number and symbol, date, place, signer, recipients, and the request it answers. */
    @Schema(name = "DocumentRequest", additionalProperties = Schema.False.class)
    public record Document(
            @Size(max = 100, message = "{baocao.text.max}") @Schema(example = "125/BC-BDT") String number,
            @Schema(example = "2021-11-12") LocalDate date,
            @Size(max = 200, message = "{baocao.text.max}") @Schema(example = "Quảng Ngãi") String place,
            @Valid Signer signer,
            @Size(max = 100, message = "{baocao.items.max}") @Schema(example = "[\"Sở Nội vụ\", \"Lưu: VT, VP\"]")
            List<@NotBlank @Size(max = 500, message = "{baocao.text.max}") String> recipients,
            @Valid Answers answers) {
    }

    /** The signature block, e.g. {@code KT. TRƯỞNG BAN} / {@code PHÓ TRƯỞNG BAN} / name. */
    @Schema(name = "SignerRequest", additionalProperties = Schema.False.class)
    public record Signer(
            @Size(max = 200, message = "{baocao.text.max}") @Schema(example = "Nguyễn Thế Nhân") String name,
            @Size(max = 200, message = "{baocao.text.max}") @Schema(example = "PHÓ TRƯỞNG BAN") String title,
            @Size(max = 200, message = "{baocao.text.max}") @Schema(example = "KT. TRƯỞNG BAN") String delegation) {
    }

    /** The request the report answers, e.g. Công văn số 2454/SNV-XDCQ ngày 29/10/2021. */
    @Schema(name = "AnswersRequest", additionalProperties = Schema.False.class)
    public record Answers(
            @Size(max = 100, message = "{baocao.text.max}") @Schema(example = "2454/SNV-XDCQ") String number,
            @Schema(example = "2021-10-29") LocalDate date) {
    }

    /** One section's text. */
    @Schema(name = "SectionTextRequest", additionalProperties = Schema.False.class)
    public record SectionText(
            @NotBlank @Size(max = 20, message = "{baocao.text.max}") @Schema(example = "II.6") String key,
            @Size(max = 100_000, message = "{baocao.text.max}") @Schema(example = "Ban Dân tộc đăng ký 01 mô hình \"Dân vận khéo\".") String text) {
    }

    /** One figure's value. */
    @Schema(name = "IndicatorValueRequest", additionalProperties = Schema.False.class)
    public record IndicatorValue(
            @NotBlank @Size(max = 60, message = "{baocao.text.max}") @Schema(example = "II.6.models") String code,
            @Schema(description = "a number, true/false or text by the figure's type; null or absent when left empty", example = "1") JsonNode value) {
    }
}
