package vn.gov.quangngai.baocao.console.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of {@code POST /rounds}: a round opened from a built-in outline. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewRound(String code, String title, Letter request, Period period, String deadline, List<String> agencies,
                       String templateCode) {

    /** The request letter; its date as YYYY-MM-DD, sent as typed so the service names a bad one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Letter(String number, String date, String issuer) {
    }

    /** Year and index as whole numbers when they read as such, else as typed: the service names a bad one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(String kind, Object year, Object index) {
    }
}
