package vn.gov.quangngai.baocao.console.client.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One agency read by its code, with its history: every period (oldest first) and the agencies it
 * took over from and that took over from it, as report-service's registry records them.
 */
public record AgencyHistory(String code, String name, String parent, String kind, LocalDate validFrom, LocalDate validTo,
                            List<String> predecessors, List<String> successors, List<Period> periods) {

    public AgencyHistory {
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
        successors = successors == null ? List.of() : List.copyOf(successors);
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    /** Whether the agency has ended (merged, split, dissolved): it then has a last day. */
    public boolean ended() {
        return validTo != null;
    }

    /** The last day of the agency, or null while it lasts. */
    public LocalDate lastDay() {
        return validTo == null ? null : validTo.minusDays(1);
    }

    /** One period of the agency: its name, kind and parent from {@code validFrom} until the day before {@code validTo}. */
    public record Period(LocalDate validFrom, LocalDate validTo, String name, String kind, String parent) {

        public LocalDate lastDay() {
            return validTo == null ? null : validTo.minusDays(1);
        }
    }
}
