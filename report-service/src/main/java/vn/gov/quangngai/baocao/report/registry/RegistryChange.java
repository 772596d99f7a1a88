package vn.gov.quangngai.baocao.report.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated change to the registry, with its legal basis (the decision that made it). Codes are
 * never reused: a merged or split agency ends, its successors carry on under their own codes.
 */
public sealed interface RegistryChange {

    LocalDate effective();

    String basis();

    /** A new agency. */
    record Create(LocalDate effective, String basis, String code, String name, AgencyKind kind, String parent) implements RegistryChange {
    }

    /** A new name (and, when given, kind or parent) for the same agency. */
    record Rename(LocalDate effective, String basis, String code, String name, AgencyKind kind, String parent) implements RegistryChange {
    }

    /** Several agencies end and one carries on for them: an existing one, or a new one when {@code name} and {@code kind} are given. */
    record Merge(LocalDate effective, String basis, List<String> from, String into, String name, AgencyKind kind) implements RegistryChange {
    }

    /** One agency ends and several new ones carry on for it. */
    record Split(LocalDate effective, String basis, String code, List<NewAgency> into) implements RegistryChange {
    }

    /** An agency ends with no successor. */
    record Dissolve(LocalDate effective, String basis, String code) implements RegistryChange {
    }

    /** An agency a split creates. */
    record NewAgency(String code, String name, AgencyKind kind) {
    }
}
