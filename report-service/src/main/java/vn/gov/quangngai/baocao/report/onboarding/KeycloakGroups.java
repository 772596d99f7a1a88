package vn.gov.quangngai.baocao.report.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.text.Normalizer;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.GroupsResource;
import org.keycloak.representations.idm.GroupRepresentation;

/**
 * The agency groups kept in Keycloak through its admin API, as report-service's own service
 * account ({@code report-service-admin}). Only top-level groups carrying {@code agency_code} count
 * as agency groups; other attributes a group carries are kept as they are. A call that fails is
 * tried again twice (creating and renaming are safe to repeat), each within a time limit, so that a
 * Keycloak that hangs holds no request for long. A name longer than Keycloak keeps is cut to fit
 * ({@link KeycloakText}); the registry keeps it whole.
 */
@ApplicationScoped
public class KeycloakGroups implements AgencyGroups {

    static final String CODE_ATTRIBUTE = "agency_code";
    static final String NAME_ATTRIBUTE = "agency_name";
    private static final int PAGE = 200;

    private final Keycloak keycloak;
    private final String realm;

    public KeycloakGroups(Keycloak keycloak, @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    @Override
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = {KeycloakUnavailableException.class, KeycloakConflictException.class})
    public String ensureGroup(String code, String name) {
        String registryName = KeycloakText.fit(nfc(name));
        Optional<GroupRepresentation> existing = find(code);
        if (existing.isEmpty()) {
            Response answer = KeycloakCalls.call("create group " + code, () -> realmGroups().add(group(null, code, registryName, Map.of())));
            if (answer.getStatus() != Response.Status.CREATED.getStatusCode()) {
                int status = answer.getStatus();
                answer.close();
                // created meanwhile by another request or instance (Keycloak answers 409, or 500 when both
                // reached its database at once): make sure it carries the registry's name
                return update(find(code).orElseThrow(() -> new KeycloakUnavailableException("create group " + code + ": Keycloak answered " + status)),
                        code, registryName);
            }
            return KeycloakCalls.createdId(answer, "create group " + code);
        }
        return update(existing.get(), code, registryName);
    }

    @Override
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = KeycloakUnavailableException.class)
    public List<AgencyGroup> groups() {
        List<AgencyGroup> agencies = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            int from = first;
            List<GroupRepresentation> page = KeycloakCalls.call("list groups", () -> realmGroups().groups(null, from, PAGE, false));
            for (GroupRepresentation group : page) {
                String code = first(group, CODE_ATTRIBUTE);
                if (code != null) {
                    agencies.add(new AgencyGroup(group.getId(), code, nfc(first(group, NAME_ATTRIBUTE))));
                }
            }
            if (page.size() < PAGE) {
                return agencies;
            }
        }
    }

    /** {@code name} is the registry's name as Keycloak keeps it (NFC, cut to fit). */
    private String update(GroupRepresentation group, String code, String name) {
        if (!code.equals(first(group, CODE_ATTRIBUTE)) || !name.equals(nfc(first(group, NAME_ATTRIBUTE)))) {
            Map<String, List<String>> kept = group.getAttributes() == null ? Map.of() : group.getAttributes();
            KeycloakCalls.run("update group " + code, () -> realmGroups().group(group.getId()).update(group(group.getId(), code, name, kept)));
        }
        return group.getId();
    }

    /** The top-level group named {@code code}; a search also finds subgroups, which are never agency groups. */
    private Optional<GroupRepresentation> find(String code) {
        return KeycloakCalls.call("find group " + code, () -> realmGroups().groups(code, true, 0, 20, false)).stream()
                .filter(group -> code.equals(group.getName()) && group.getParentId() == null)
                .findFirst();
    }

    private static GroupRepresentation group(String id, String code, String name, Map<String, List<String>> otherAttributes) {
        Map<String, List<String>> attributes = new HashMap<>(otherAttributes);
        attributes.put(CODE_ATTRIBUTE, List.of(code));
        attributes.put(NAME_ATTRIBUTE, List.of(name));
        GroupRepresentation group = new GroupRepresentation();
        group.setId(id);
        group.setName(code);
        group.setAttributes(attributes);
        return group;
    }

    private static String first(GroupRepresentation group, String attribute) {
        List<String> values = group.getAttributes() == null ? null : group.getAttributes().get(attribute);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private GroupsResource realmGroups() {
        return keycloak.realm(realm).groups();
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
