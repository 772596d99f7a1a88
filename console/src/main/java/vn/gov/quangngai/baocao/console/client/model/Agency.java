package vn.gov.quangngai.baocao.console.client.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A member agency as report-service's registry gives it: its name, kind and parent in the period in
 * force (kind is SO, BAN, NGANH or a level of local government; {@code validTo} the day it ended,
 * exclusive, absent while in force), the agencies it took over from and that took over from it,
 * and, when read by its code, every period, oldest first.
 */
public record Agency(String code, String name, String parent, String kind, LocalDate validFrom, LocalDate validTo,
                     List<String> predecessors, List<String> successors, List<Period> periods) {

    public Agency {
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
        successors = successors == null ? List.of() : List.copyOf(successors);
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    /** An agency without dates or history (a registry that keeps none). */
    public Agency(String code, String name, String parent, String kind) {
        this(code, name, parent, kind, null, null, null, null, null);
    }

    /** Whether the agency has ended (merged, split, dissolved): it then has a last day. */
    public boolean ended() {
        return validTo != null;
    }

    /** The last day of the agency, or null while it lasts. */
    public LocalDate lastDay() {
        return lastDayBefore(validTo);
    }

    /** One period of the agency: its name, kind and parent from {@code validFrom} until the day before {@code validTo}. */
    public record Period(LocalDate validFrom, LocalDate validTo, String name, String kind, String parent) {

        public LocalDate lastDay() {
            return lastDayBefore(validTo);
        }
    }

    private static LocalDate lastDayBefore(LocalDate end) {
        return end == null ? null : end.minusDays(1);
    }
}
