package vn.gov.quangngai.baocao.report.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Objects;

/**
 * Turns for changing the registry, as PostgreSQL advisory locks held until the transaction ends.
 * A change takes the registry's lock shared, then one lock per code it touches (ended, begun,
 * parent, new), exclusive, in ascending key order so that two changes never wait on each other
 * in a circle; a list of agencies (thousands of codes) or a shipped change set takes the
 * registry's lock exclusive instead. Whoever waited then reads the registry as the one before it
 * left it. Take them before reading anything of the registry in the transaction.
 */
@ApplicationScoped
class RegistryLocks {

    // the two-key form of advisory locks: the first key says whose lock it is
    private static final int REGISTRY = 0x62630001;
    private static final int CODE = 0x62630002;

    private final EntityManager entities;

    public RegistryLocks(EntityManager entities) {
        this.entities = entities;
    }

    /** Waits for the turn of a change touching {@code codes}. */
    public void forCodes(Collection<String> codes) {
        entities.createNativeQuery("SELECT pg_advisory_xact_lock_shared(" + REGISTRY + ", 0)").getSingleResult();
        // String.hashCode is fixed by the language, the same in every instance; two codes sharing a key only wait for each other
        codes.stream().filter(Objects::nonNull).map(String::hashCode).distinct().sorted().forEach(key ->
                entities.createNativeQuery("SELECT pg_advisory_xact_lock(" + CODE + ", " + key + ")").getSingleResult());
    }

    /** Waits until no other change of the registry runs, and keeps them waiting until this transaction ends. */
    public void forWholeRegistry() {
        entities.createNativeQuery("SELECT pg_advisory_xact_lock(" + REGISTRY + ", 0)").getSingleResult();
    }
}
