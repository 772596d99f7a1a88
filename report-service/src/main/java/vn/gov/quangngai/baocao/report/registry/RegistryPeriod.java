package vn.gov.quangngai.baocao.report.registry;

import java.time.LocalDate;

/**
 * What an agency was from {@code validFrom} (inclusive; null: before the registry's records) to
 * {@code validTo} (exclusive; null: still), as the registry plans and checks its changes; the API
 * shows it as {@link AgencyPeriod}.
 */
public record RegistryPeriod(String code, LocalDate validFrom, LocalDate validTo, String name, AgencyKind kind, String parent) {

    public boolean covers(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || validTo.isAfter(day));
    }

    public boolean isOpen() {
        return validTo == null;
    }

    public RegistryPeriod endingOn(LocalDate day) {
        return new RegistryPeriod(code, validFrom, day, name, kind, parent);
    }
}
