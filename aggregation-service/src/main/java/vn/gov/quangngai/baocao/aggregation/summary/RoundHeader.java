package vn.gov.quangngai.baocao.aggregation.summary;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A round's heading (request, period, deadline) and template: what a summary and its document are headed with. */
public record RoundHeader(String code, String title, String requestNumber, LocalDate requestDate, String requestIssuer,
                          String periodKind, int periodYear, Integer periodIndex, OffsetDateTime deadline, String status, Template template) {
}
