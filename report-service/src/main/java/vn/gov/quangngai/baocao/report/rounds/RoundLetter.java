package vn.gov.quangngai.baocao.report.rounds;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The official letter that opened the round (công văn đề nghị báo cáo), as the API shows it. */
public record RoundLetter(
        @Schema(required = true, example = "2454/SNV-XDCQ") String number,
        @Schema(required = true, example = "2021-10-29") LocalDate date,
        @Schema(required = true, example = "Sở Nội vụ tỉnh Quảng Ngãi") String issuer) {
}
