package vn.gov.quangngai.baocao.report.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

/**
 * An agency's lineage read in one statement, on a registry that splits, merges the two halves again
 * (a diamond) and goes on five links deep, with a shortcut that makes one agency nearer than its
 * longest path.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@TestTransaction
class AgencyLineageTest {

    @Inject
    AgencyService registry;

    @Inject
    EntityManager entityManager;

    /**
     * LNA splits into LNB and LNC; LNB goes on as LNY and LNC as LNX; LNY and LNX merge into LND;
     * LND becomes LNE, which also took over part of LNB; LNE becomes LNF. Written inside the test's
     * transaction, so that it is rolled back with it.
     */
    private void splitAndMergedAgain() {
        for (String code : new String[] {"LNA", "LNB", "LNC", "LNX", "LNY", "LND", "LNE", "LNF"}) {
            AgencyEntity agency = new AgencyEntity();
            agency.code = code;
            agency.sortOrder = 9000;
            entityManager.persist(agency);
        }
        AgencyChangeEntity change = new AgencyChangeEntity();
        change.type = "SPLIT";
        change.effective = LocalDate.of(2026, 1, 1);
        change.basis = "Quyết định thử nghiệm";
        change.body = JsonNodeFactory.instance.objectNode();
        change.appliedAt = OffsetDateTime.now();
        change.appliedBy = "test";
        entityManager.persist(change);
        link(change, "LNA", "LNB");
        link(change, "LNA", "LNC");
        link(change, "LNB", "LNY");
        link(change, "LNC", "LNX");
        link(change, "LNY", "LND");
        link(change, "LNX", "LND");
        link(change, "LND", "LNE");
        link(change, "LNB", "LNE");
        link(change, "LNE", "LNF");
        entityManager.flush();
    }

    private void link(AgencyChangeEntity change, String predecessor, String successor) {
        AgencyLinkEntity link = new AgencyLinkEntity();
        link.predecessor = predecessor;
        link.successor = successor;
        link.effective = change.effective;
        link.changeId = change.id;
        entityManager.persist(link);
    }

    @Test
    void successorsComeNearestFirstThroughBothBranchesOfTheDiamond() {
        splitAndMergedAgain();
        // Breadth first, each agency's links by code: LNE (via LNB) before LNY, and LNX (via LNC) after
        // both, although X sorts before Y; LND once, although both branches reach it.
        assertThat(inOneStatement(() -> registry.successors("LNA"))).containsExactly("LNB", "LNC", "LNE", "LNY", "LNX", "LNF", "LND");
    }

    @Test
    void predecessorsReachTheFarSideOfTheMerge() {
        splitAndMergedAgain();
        // LNC is four links back and only through the merge's second branch (LND ← LNX ← LNC).
        assertThat(inOneStatement(() -> registry.predecessors("LNF"))).containsExactly("LNE", "LNB", "LND", "LNA", "LNX", "LNY", "LNC");
        assertThat(inOneStatement(() -> registry.predecessors("LND"))).containsExactly("LNX", "LNY", "LNC", "LNB", "LNA");
    }

    @Test
    void theEndsOfTheLineageHaveNothingBeyondThem() {
        splitAndMergedAgain();
        assertThat(inOneStatement(() -> registry.predecessors("LNA"))).isEmpty();
        assertThat(inOneStatement(() -> registry.successors("LNF"))).isEmpty();
    }

    private Set<String> inOneStatement(Supplier<Set<String>> read) {
        Statistics statistics = entityManager.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            Set<String> codes = read.get();
            assertThat(statistics.getPrepareStatementCount()).as("statements").isEqualTo(1);
            return codes;
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }
}
