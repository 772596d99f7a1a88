package vn.gov.quangngai.baocao.report.onboarding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * How the realm's agency groups differ from the registry: agencies with no group, groups whose
 * {@code agency_name} is not the registry's name, and groups of codes the registry does not hold.
 * Names compare in Unicode NFC, as everything the registry stores, and cut as Keycloak keeps them.
 */
public record GroupDrift(List<String> missing, List<Renamed> renamed, List<String> extra) {

    /** A group whose name differs from the registry's ({@code from} is null when the group has none). */
    public record Renamed(String code, String from, String to) {
    }

    public GroupDrift {
        missing = List.copyOf(missing);
        renamed = List.copyOf(renamed);
        extra = List.copyOf(extra);
    }

    /** The drift of {@code groups} from {@code registry} (code → name), each list sorted by code. */
    public static GroupDrift between(Map<String, String> registry, List<AgencyGroup> groups) {
        Map<String, AgencyGroup> byCode = new HashMap<>();
        groups.forEach(group -> byCode.put(group.code(), group));
        List<String> missing = new ArrayList<>();
        List<Renamed> renamed = new ArrayList<>();
        for (String code : new TreeSet<>(registry.keySet())) {
            AgencyGroup group = byCode.get(code);
            // the group holds the name as Keycloak can keep it
            String name = KeycloakText.fit(nfc(registry.get(code)));
            if (group == null) {
                missing.add(code);
            } else if (!Objects.equals(nfc(group.name()), name)) {
                renamed.add(new Renamed(code, group.name(), name));
            }
        }
        List<String> extra = groups.stream().map(AgencyGroup::code).filter(code -> !registry.containsKey(code)).sorted().toList();
        renamed.sort(Comparator.comparing(Renamed::code));
        return new GroupDrift(missing, renamed, extra);
    }

    /** Nothing to create or rename (extra groups are reported, never removed). */
    public boolean inStep() {
        return missing.isEmpty() && renamed.isEmpty();
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
