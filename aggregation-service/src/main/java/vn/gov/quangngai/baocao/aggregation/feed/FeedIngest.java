package vn.gov.quangngai.baocao.aggregation.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.quangngai.baocao.aggregation.client.FeedDtos;
import vn.gov.quangngai.baocao.aggregation.client.ReportFeedClient;
import vn.gov.quangngai.baocao.aggregation.repository.FeedStore;

/**
 * Takes in one page of the change feed: first everything is read from report-service (the page,
 * the submitted versions it names, several at a time, and the rounds it needs), with no
 * transaction open and no lock held; then one short transaction stores it all and advances the
 * cursor ({@link FeedPageWriter}). A failure anywhere leaves the cursor where it was, so the same
 * page is read again next time: nothing is skipped and nothing is taken in twice.
 */
@ApplicationScoped
public class FeedIngest {

    /** What one page did: how many items it took in, and whether more wait (none when another instance holds the cursor). */
    public record PageResult(int items, boolean more) {
    }

    /** A round as report-service describes it now, with its expected agencies in order. */
    record RoundState(FeedDtos.Round round, List<FeedDtos.ReportRow> rows) {
    }

    private final ReportFeedClient reportService;
    private final FeedStore store;
    private final FeedStatus status;
    private final SubmittedVersions submittedVersions;
    private final FeedPageWriter writer;

    public FeedIngest(ReportFeedClient reportService, FeedStore store, FeedStatus status, SubmittedVersions submittedVersions, FeedPageWriter writer) {
        this.reportService = reportService;
        this.store = store;
        this.status = status;
        this.submittedVersions = submittedVersions;
        this.writer = writer;
    }

    public PageResult nextPage(int pageSize) {
        long cursor = store.cursor();
        FeedDtos.ChangePage page = reportService.changes(cursor, pageSize);
        if (!page.items().isEmpty()) {
            status.reading(page.items().size(), page.items().get(0).at().toInstant());
        }
        Map<Long, FeedDtos.Version> versions = submittedVersions.fetch(page.items());
        Map<String, RoundState> rounds = roundsToSave(page);
        return writer.store(cursor, page, versions, rounds, pageSize);
    }

    /**
     * The rounds the page needs saved before its items: those it has round events for (their state
     * changed) and those not stored here yet (a submission in a round this service never saw).
     */
    private Map<String, RoundState> roundsToSave(FeedDtos.ChangePage page) {
        Set<String> needed = new LinkedHashSet<>();
        Set<String> checked = new HashSet<>();
        for (FeedDtos.Change change : page.items()) {
            if (change.agency() == null || checked.add(change.round()) && !store.hasRound(change.round())) {
                needed.add(change.round());
            }
        }
        Map<String, RoundState> rounds = new HashMap<>();
        for (String round : needed) {
            rounds.put(round, new RoundState(reportService.round(round), reportService.reports(round)));
        }
        return rounds;
    }
}
