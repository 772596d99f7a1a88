package vn.gov.quangngai.baocao.report.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Turns for changing one agency system's client (rotating its secret, disabling it), as a
 * PostgreSQL advisory lock held until the transaction ends: every instance of report-service takes
 * the same lock, so two admins, or one admin's double click, never change a client at the same
 * time, and whoever waited reads the audit the other one left.
 */
@ApplicationScoped
class ClientTurns {

    // the two-key form of advisory locks, the first key saying whose lock it is (RegistryLocks uses 0x62630001-2)
    private static final int CLIENT = 0x62630003;

    private final EntityManager entities;

    public ClientTurns(EntityManager entities) {
        this.entities = entities;
    }

    /** Waits for the turn of a change to {@code clientId}; two ids sharing a hash only wait for each other. */
    public void forClient(String clientId) {
        entities.createNativeQuery("SELECT pg_advisory_xact_lock(" + CLIENT + ", " + clientId.hashCode() + ")").getSingleResult();
    }
}
