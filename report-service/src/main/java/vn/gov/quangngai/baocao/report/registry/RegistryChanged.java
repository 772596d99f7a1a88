package vn.gov.quangngai.baocao.report.registry;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fired once by each transaction that changes the registry, observed when it commits: the agencies
 * created or renamed, each with the name the registry now shows for it (code → name, by code), for
 * whoever keeps a copy (Keycloak's agency groups).
 */
public record RegistryChanged(Map<String, String> names) {

    public RegistryChanged {
        names = Collections.unmodifiableMap(new TreeMap<>(names));
    }
}
