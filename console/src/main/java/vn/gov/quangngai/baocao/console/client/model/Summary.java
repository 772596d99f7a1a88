package vn.gov.quangngai.baocao.console.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;

/** The provincial summary of a round from aggregation-service: figures added up, sections compiled, completeness. */
public record Summary(String round, String title, OffsetDateTime generatedAt, String basis, Completeness completeness,
                      List<IndicatorTotal> indicators, List<SectionCompilation> sections) {

    public List<IndicatorTotal> indicators() {
        return indicators == null ? List.of() : indicators;
    }

    public List<SectionCompilation> sections() {
        return sections == null ? List.of() : sections;
    }

    public record Completeness(int expected, int submitted, int accepted, int returned, int nil, List<AgencyRef> late,
                               List<AgencyRef> missing) {

        public List<AgencyRef> late() {
            return late == null ? List.of() : late;
        }

        public List<AgencyRef> missing() {
            return missing == null ? List.of() : missing;
        }
    }

    public record AgencyRef(String code, String name) {
    }

    /** One figure across agencies: its total by its aggregation, how many agencies gave a value, each agency's value. */
    public record IndicatorTotal(String code, String label, String unit, String aggregation, JsonNode total, int reportedBy,
                              List<AgencyValue> byAgency) {

        public List<AgencyValue> byAgency() {
            return byAgency == null ? List.of() : byAgency;
        }
    }

    public record AgencyValue(String agency, String agencyName, JsonNode value, int version) {
    }

    public record SectionCompilation(String key, String title, List<Contribution> contributions) {

        public List<Contribution> contributions() {
            return contributions == null ? List.of() : contributions;
        }
    }

    public record Contribution(String agency, String agencyName, int version, String text) {
    }
}
