package vn.gov.quangngai.baocao.aggregation.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.aggregation.client.FeedDtos;
import vn.gov.quangngai.baocao.aggregation.repository.FeedStore;

/**
 * Stores a page of the feed that was read beforehand, in one transaction that starts by locking
 * the cursor. The page is stored only if the cursor is still where the page was read from: if
 * another instance moved it meanwhile, the page is dropped and read again from the new cursor.
 */
@ApplicationScoped
public class FeedPageWriter {

    private static final Logger LOG = Logger.getLogger(FeedPageWriter.class);

    private final FeedStore store;

    public FeedPageWriter(FeedStore store) {
        this.store = store;
    }

    /**
     * @param readFrom the cursor the page was read after
     * @param versions the versions its SUBMITTED items name, by seq
     * @param rounds the rounds to save (insert or refresh) before their first item
     */
    @Transactional
    public FeedIngest.PageResult store(long readFrom, FeedDtos.ChangePage page, Map<Long, FeedDtos.Version> versions,
                                       Map<String, FeedIngest.RoundState> rounds, int pageSize) {
        OptionalLong cursor = store.lockCursor();
        if (cursor.isEmpty()) {
            return new FeedIngest.PageResult(0, false); // another instance is storing a page right now
        }
        if (cursor.getAsLong() != readFrom) {
            LOG.debugf("The cursor moved from %d to %d while the page was read; reading again", readFrom, cursor.getAsLong());
            return new FeedIngest.PageResult(0, true);
        }
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        Set<String> saved = new HashSet<>();
        for (FeedDtos.Change change : page.items()) {
            if (rounds.containsKey(change.round()) && saved.add(change.round())) {
                FeedIngest.RoundState round = rounds.get(change.round());
                store.saveRound(round.round(), round.rows(), now);
            }
            take(change, versions.get(change.seq()), now);
        }
        if (page.items().isEmpty()) {
            store.recordSuccess(now);
        } else {
            store.advanceCursor(page.next(), now);
            LOG.infof("Took in %d feed item(s), seq %d to %d", page.items().size(), page.items().get(0).seq(), page.next());
        }
        return new FeedIngest.PageResult(page.items().size(), page.items().size() >= pageSize);
    }

    /** @param submitted the version a SUBMITTED item names, fetched beforehand */
    private void take(FeedDtos.Change change, FeedDtos.Version submitted, OffsetDateTime now) {
        if (change.agency() == null) {
            if ("ROUND_CLOSED".equals(change.status())) {
                store.setRoundStatus(change.round(), "CLOSED", now);
            }
            return;
        }
        int version = change.version() == null ? 0 : change.version();
        switch (change.status()) {
            case "SUBMITTED" -> {
                store.saveVersion(submitted);
                store.setStanding(change.round(), change.agency(), "SUBMITTED", version, submitted);
            }
            case "RETURNED" -> store.setStanding(change.round(), change.agency(), "RETURNED", version, null);
            case "ACCEPTED" -> store.setStanding(change.round(), change.agency(), "ACCEPTED", version, null);
            default -> LOG.debugf("Feed item %d (%s) changes nothing here", change.seq(), change.status());
        }
    }
}
