package vn.gov.quangngai.baocao.console.client.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A reporting round as report-service shows it: with {@code counts} for those who see every
 * round, with {@code report} (their own agency's) for a submitter.
 */
public record Round(String code, String title, RequestLetter request, Period period, OffsetDateTime deadline, String status,
                    List<String> agencies, String templateCode, Template template, OffsetDateTime createdAt, OffsetDateTime closedAt,
                    Counts counts, OwnReport report) {

    public boolean open() {
        return "OPEN".equals(status);
    }

    /** The official letter that opened the round. */
    public record RequestLetter(String number, LocalDate date, String issuer) {
    }

    /** The period reported on: YEAR, HALF, QUARTER or MONTH of a year. */
    public record Period(String kind, int year, Integer index) {
    }

    /** How many expected agencies stand where; {@code nil} and {@code late} overlap the statuses. */
    public record Counts(int expected, int notStarted, int draft, int submitted, int returned, int accepted, int nil, int late) {

        /** Agencies whose report is in: submitted or accepted. */
        public int handedIn() {
            return submitted + accepted;
        }
    }

    /** A submitter's own report in the round. */
    public record OwnReport(String agency, String agencyName, String status, int version, OffsetDateTime submittedAt,
                            OffsetDateTime firstSubmittedAt, boolean late, String returnReason, Boolean nilReport) {

        public boolean nil() {
            return Boolean.TRUE.equals(nilReport);
        }
    }
}
