package vn.gov.quangngai.baocao.report.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A round as SNV opens it, read and checked from the request body. */
public record RoundDefinition(
        String code,
        String title,
        Request request,
        Period period,
        OffsetDateTime deadline,
        List<String> agencies,
        Template template,
        String templateCode) {

    /** The official letter that opens the round, e.g. Công văn số 2454/SNV-XDCQ ngày 29/10/2021. */
    public record Request(String number, LocalDate date, String issuer) {
    }

    /** The period reported on: a year, or a half, quarter or month of it. */
    public record Period(String kind, int year, Integer index) {
    }
}
