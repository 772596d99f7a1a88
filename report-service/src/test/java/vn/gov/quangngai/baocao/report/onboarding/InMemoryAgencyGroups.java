package vn.gov.quangngai.baocao.report.onboarding;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Agency groups kept in memory, for tests of what is built on {@link AgencyGroups}; in module tests
 * it stands in for Keycloak, and can be made to fail as a Keycloak that is down. The real gateway
 * is proven against Keycloak in deploy/system-tests.
 */
@Mock
@ApplicationScoped
public class InMemoryAgencyGroups implements AgencyGroups {

    private final Map<String, AgencyGroup> byCode = new LinkedHashMap<>();
    private final List<String> writes = new ArrayList<>();
    private boolean down;
    private volatile CountDownLatch held = new CountDownLatch(0);

    public synchronized InMemoryAgencyGroups with(String code, String name) {
        byCode.put(code, new AgencyGroup("id-" + code, code, name));
        return this;
    }

    /** Deletes the group, as someone could in Keycloak's console. */
    public synchronized void remove(String code) {
        byCode.remove(code);
    }

    /** Every ensureGroup call that reached the groups, as "code=name". */
    public synchronized List<String> writes() {
        return List.copyOf(writes);
    }

    /** Forgets the calls seen so far (the groups stay). */
    public synchronized void clearWrites() {
        writes.clear();
    }

    /** Whether every call fails as when Keycloak cannot be reached. */
    public synchronized void down(boolean down) {
        this.down = down;
    }

    /** Every later call waits, as on a Keycloak that is slow to answer, until {@link #release()} (at most 30 s). */
    public void hold() {
        held = new CountDownLatch(1);
    }

    public void release() {
        held.countDown();
    }

    /** The group of {@code code}'s name, or null when it has none. */
    public synchronized String nameOf(String code) {
        AgencyGroup group = byCode.get(code);
        return group == null ? null : group.name();
    }

    @Override
    public String ensureGroup(String code, String name) {
        try {
            held.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return write(code, name);
    }

    private synchronized String write(String code, String name) {
        failIfDown("create group " + code);
        writes.add(code + "=" + name);
        byCode.put(code, new AgencyGroup("id-" + code, code, name));
        return "id-" + code;
    }

    @Override
    public synchronized List<AgencyGroup> groups() {
        failIfDown("list groups");
        return List.copyOf(byCode.values());
    }

    private void failIfDown(String operation) {
        if (down) {
            throw new KeycloakUnavailableException(operation + ": Keycloak unreachable");
        }
    }
}
