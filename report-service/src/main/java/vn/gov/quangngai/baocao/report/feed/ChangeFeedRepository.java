package vn.gov.quangngai.baocao.report.feed;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The change feed. {@link #append} takes a transaction-scoped advisory lock before taking a
 * sequence number, so feed rows commit in {@code seq} order: a reader that has seen {@code seq}
 * N will never later find a smaller one appear. The lock serialises every status change, so it is
 * taken as late as possible.
 */
@ApplicationScoped
class ChangeFeedRepository implements PanacheRepository<ChangeFeedEntity> {

    private static final long FEED_LOCK = 0x62616f63616fL; // "baocao"

    /**
     * Appends the item as the transaction's last write: whatever else the transaction changed is
     * flushed first, so the lock is held only for the feed row and the commit.
     */
    public void append(ChangeFeedEntity change) {
        getEntityManager().flush();
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, FEED_LOCK).getSingleResult();
        persist(change);
    }

    public List<ChangeFeedEntity> after(long after, int limit) {
        return find("seq > ?1 order by seq", after).range(0, limit - 1).list();
    }
}
