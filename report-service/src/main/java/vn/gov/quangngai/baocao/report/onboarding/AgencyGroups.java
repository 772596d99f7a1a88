package vn.gov.quangngai.baocao.report.onboarding;

import java.util.List;
import java.util.Map;

/**
 * The agency groups of the realm: one group per agency, named by its code, with the attributes
 * {@code agency_code} and {@code agency_name} that reach every member's token. The registry is
 * the source of names; a group of an agency that has ended stays, so its people keep their claim.
 */
public interface AgencyGroups {

    /** Creates the agency's group, or puts the registry's name on it; returns the group's id. */
    String ensureGroup(String code, String name);

    /** Every agency group: the top-level groups that carry an {@code agency_code}. */
    List<AgencyGroup> groups();

    /**
     * What differs between the realm and the registry (code → name). Unless {@code dryRun}, the
     * missing groups are created and the renamed ones take the registry's name; groups the registry
     * does not hold are reported and left as they are.
     */
    default GroupDrift reconcile(Map<String, String> registry, boolean dryRun) {
        GroupDrift drift = GroupDrift.between(registry, groups());
        if (!dryRun) {
            drift.missing().forEach(code -> ensureGroup(code, registry.get(code)));
            drift.renamed().forEach(renamed -> ensureGroup(renamed.code(), renamed.to()));
        }
        return drift;
    }
}
