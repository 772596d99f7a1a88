package vn.gov.quangngai.baocao.console.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A report's content as an agency writes it: the body of {@code PUT …/reports/{agency}}, and the
 * draft an imported document becomes. Figures are sent as numbers, true/false or text by their
 * type; a figure typed as something else is sent as the text typed, for the service to name it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DraftContent(ReportDocument document, List<SectionText> sections, List<IndicatorValue> indicators, Boolean nilReport) {

    public List<SectionText> sections() {
        return sections == null ? List.of() : sections;
    }

    public List<IndicatorValue> indicators() {
        return indicators == null ? List.of() : indicators;
    }

    public boolean nil() {
        return Boolean.TRUE.equals(nilReport);
    }
}
