package vn.gov.quangngai.baocao.console.client.model;

import java.time.LocalDate;

/**
 * A member agency of the registry in one period: kind is SO, BAN, NGANH or a level of local
 * government; {@code validTo} is the day the period ended (exclusive), absent while in force.
 */
public record Agency(String code, String name, String parent, String kind, LocalDate validFrom, LocalDate validTo) {

    /** An agency without its dates (a registry that keeps none). */
    public Agency(String code, String name, String parent, String kind) {
        this(code, name, parent, kind, null, null);
    }

    /** The last day of the period, or null while it lasts. */
    public LocalDate lastDay() {
        return validTo == null ? null : validTo.minusDays(1);
    }
}
