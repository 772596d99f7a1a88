package vn.gov.quangngai.baocao.report.onboarding;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.gov.quangngai.baocao.report.shared.Times;

/**
 * Keycloak's clients as module tests see them: kept in memory, with secrets that are random and
 * change on rotation. The real gateway is proven against Keycloak in deploy/system-tests.
 */
@Mock
@ApplicationScoped
public class InMemoryAgencyClients implements AgencyClients {

    private record Stored(String agency, boolean enabled, String secret, OffsetDateTime createdAt) {
    }

    private final Map<String, Stored> clients = new ConcurrentHashMap<>();
    private final AtomicInteger made = new AtomicInteger();

    /** A client made outside report-service (like the realm's agency-bdt-system): never found through an agency. */
    public InMemoryAgencyClients() {
        clients.put("agency-bdt-system", new Stored(null, true, "agency-bdt-system-dev-secret", null));
    }

    /** The secret that works now, for tests that check where secrets went. */
    public String secretOf(String clientId) {
        return clients.get(clientId).secret();
    }

    @Override
    public ClientCredentials create(String agencyCode, String agencyName) {
        String clientId = AgencyClientDefinition.idPrefix(agencyCode) + "t" + made.incrementAndGet();
        String secret = UUID.randomUUID().toString();
        clients.put(clientId, new Stored(agencyCode, true, secret, Times.now()));
        return new ClientCredentials(clientId, secret);
    }

    @Override
    public List<AgencyClient> list(String agencyCode) {
        return clients.entrySet().stream().filter(e -> agencyCode.equals(e.getValue().agency()))
                .map(e -> listed(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(AgencyClient::createdAt).thenComparing(AgencyClient::clientId))
                .toList();
    }

    @Override
    public Optional<AgencyClient> find(String agencyCode, String clientId) {
        Stored stored = clients.get(clientId);
        return stored == null || !agencyCode.equals(stored.agency()) ? Optional.empty() : Optional.of(listed(clientId, stored));
    }

    @Override
    public String rotateSecret(String agencyCode, String clientId) {
        String secret = UUID.randomUUID().toString();
        clients.computeIfPresent(clientId, (id, stored) -> new Stored(stored.agency(), stored.enabled(), secret, stored.createdAt()));
        return secret;
    }

    @Override
    public void disable(String agencyCode, String clientId) {
        clients.computeIfPresent(clientId, (id, stored) -> new Stored(stored.agency(), false, UUID.randomUUID().toString(), stored.createdAt()));
    }

    /** Turns a disabled client on again, so that a test may disable it once more. */
    public void enable(String clientId) {
        clients.computeIfPresent(clientId, (id, stored) -> new Stored(stored.agency(), true, stored.secret(), stored.createdAt()));
    }

    private static AgencyClient listed(String clientId, Stored stored) {
        return new AgencyClient(clientId, stored.enabled(), stored.createdAt());
    }
}
