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
import vn.gov.quangngai.baocao.aggregation.client.ReportFeedClient;
import vn.gov.quangngai.baocao.aggregation.repository.FeedStore;

/**
 * Takes in one page of the change feed in one transaction: lock the cursor, read the page, fetch
 * the submitted versions it names (several at a time), store what each item needs, advance the
 * cursor. A failure anywhere rolls all of it back, so the same page is read again next time:
 * nothing is skipped and nothing is taken in twice.
 */
@ApplicationScoped
public class FeedIngest {

    private static final Logger LOG = Logger.getLogger(FeedIngest.class);

    /** What one page did: how many items it took in, and whether more wait (none when another instance holds the cursor). */
    public record PageResult(int items, boolean more) {
    }

    private final ReportFeedClient reportService;
    private final FeedStore store;
    private final FeedStatus status;
    private final SubmittedVersions submittedVersions;

    public FeedIngest(ReportFeedClient reportService, FeedStore store, FeedStatus status, SubmittedVersions submittedVersions) {
        this.reportService = reportService;
        this.store = store;
        this.status = status;
        this.submittedVersions = submittedVersions;
    }

    @Transactional
    public PageResult nextPage(int pageSize) {
        OptionalLong cursor = store.lockCursor();
        if (cursor.isEmpty()) {
            return new PageResult(0, false);
        }
        FeedDtos.ChangePage page = reportService.changes(cursor.getAsLong(), pageSize);
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        if (!page.items().isEmpty()) {
            status.reading(page.items().size(), page.items().get(0).at().toInstant());
        }
        Map<Long, FeedDtos.Version> versions = submittedVersions.fetch(page.items());
        Set<String> knownRounds = new HashSet<>();
        for (FeedDtos.Change change : page.items()) {
            take(change, versions.get(change.seq()), now, knownRounds);
        }
        if (page.items().isEmpty()) {
            store.recordSuccess(now);
        } else {
            store.advanceCursor(page.next(), now);
            LOG.infof("Took in %d feed item(s), up to seq %d", page.items().size(), page.next());
        }
        return new PageResult(page.items().size(), page.items().size() >= pageSize);
    }

    /**
     * @param submitted the version a SUBMITTED item names, fetched beforehand
     * @param knownRounds rounds already stored, so that a page of one round asks the database once
     */
    private void take(FeedDtos.Change change, FeedDtos.Version submitted, OffsetDateTime now, Set<String> knownRounds) {
        boolean roundEvent = change.agency() == null;
        if (roundEvent || !(knownRounds.contains(change.round()) || store.hasRound(change.round()))) {
            FeedDtos.Round round = reportService.round(change.round());
            store.saveRound(round, reportService.reports(change.round()), now);
        }
        knownRounds.add(change.round());
        if (roundEvent) {
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
