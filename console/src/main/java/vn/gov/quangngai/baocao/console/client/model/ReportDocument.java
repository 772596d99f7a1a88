package vn.gov.quangngai.baocao.console.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A report's document block: number and symbol, date, place, signer, recipients (Nơi nhận), the request it answers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportDocument(String number, String date, String place, Signer signer, List<String> recipients, Answers answers) {

    /** The signature block, e.g. KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN / name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Signer(String name, String title, String delegation) {
    }

    /** The request letter the report answers: its number and date (YYYY-MM-DD). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answers(String number, String date) {
    }
}
