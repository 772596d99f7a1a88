package vn.gov.quangngai.baocao.report.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an agency reports: its official document block, one text per section, its figures. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportContent(Document document, List<SectionText> sections, List<IndicatorValue> indicators, boolean nilReport) {

    /** The document block: number and symbol, date, place, signer and recipients. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(String number, String date, String place, Signer signer, List<String> recipients, Answers answers) {
    }

    /** The request the report answers, e.g. Công văn số 2454/SNV-XDCQ ngày 29/10/2021. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answers(@Schema(example = "2454/SNV-XDCQ") String number, @Schema(example = "2021-10-29") String date) {
    }

    /** The signature block, e.g. {@code KT. TRƯỞNG BAN} / {@code PHÓ TRƯỞNG BAN} / name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Signer(String name, String title, String delegation) {
    }

    public record SectionText(String key, String text) {
    }

    /** A figure's value: a JSON number, boolean or string by the figure's type; null when left empty. */
    public record IndicatorValue(
            @Schema(example = "II.6.models") String code,
            @Schema(description = "a number, true/false or text by the figure's type; null when left empty", example = "1") JsonNode value) {
    }

    public static ReportContent empty() {
        return new ReportContent(null, List.of(), List.of(), false);
    }
}
