package vn.gov.quangngai.baocao.console.client.model;

import java.time.OffsetDateTime;

/** One expected agency's line on a round's board. */
public record ReportRow(String agency, String agencyName, String status, int version, OffsetDateTime submittedAt,
                        OffsetDateTime firstSubmittedAt, boolean late, String returnReason, Boolean nilReport, Boolean reopened) {

    public boolean nil() {
        return Boolean.TRUE.equals(nilReport);
    }

    /** Nothing handed in yet: no version submitted. */
    public boolean missing() {
        return version == 0;
    }
}
