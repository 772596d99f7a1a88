package vn.gov.quangngai.baocao.console.client.model;

import java.time.OffsetDateTime;
import java.util.List;

/** An agency's report: where it stands, and the content the caller may read. */
public record Report(String round, String agency, String agencyName, String status, int version, OffsetDateTime submittedAt,
                     OffsetDateTime firstSubmittedAt, boolean late, String returnReason, OffsetDateTime reopenedUntil, Boolean reopened,
                     OffsetDateTime updatedAt, ReportDocument document, List<SectionText> sections, List<IndicatorValue> indicators,
                     Boolean nilReport) {

    public boolean nil() {
        return Boolean.TRUE.equals(nilReport);
    }

    /** The content the caller may read (the draft for its agency), in the shape an agency writes it. */
    public DraftContent content() {
        return new DraftContent(document, sections, indicators, nilReport);
    }
}
