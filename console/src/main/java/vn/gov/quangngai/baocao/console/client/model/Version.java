package vn.gov.quangngai.baocao.console.client.model;

import java.time.OffsetDateTime;
import java.util.List;

/** A frozen version of a report, exactly as it was submitted. */
public record Version(String round, String agency, int version, OffsetDateTime submittedAt, Actor submittedBy, boolean late,
                      ReportDocument document, List<SectionText> sections, List<IndicatorValue> indicators, boolean nilReport) {

    public List<SectionText> sections() {
        return sections == null ? List.of() : sections;
    }

    public List<IndicatorValue> indicators() {
        return indicators == null ? List.of() : indicators;
    }
}
