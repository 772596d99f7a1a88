package vn.gov.quangngai.baocao.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.gov.quangngai.baocao.report.api.ChangePage;
import vn.gov.quangngai.baocao.report.repository.ChangeFeedRepository;

/** Reads the change feed from a cursor. */
@ApplicationScoped
public class ChangeFeedService {

    public static final String DEFAULT_LIMIT = "100";
    public static final int MAX_LIMIT = 1000;

    private final ChangeFeedRepository feed;

    public ChangeFeedService(ChangeFeedRepository feed) {
        this.feed = feed;
    }

    /** The changes after {@code after}, oldest first; {@code next} is the last seq given, or {@code after} when none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangePage after(long after, int limit) {
        List<ChangePage.Change> items = feed.after(after, limit).stream()
                .map(c -> new ChangePage.Change(c.seq, c.roundCode, c.agencyCode, c.version, c.status, ReportViews.local(c.at)))
                .toList();
        long next = items.isEmpty() ? after : items.get(items.size() - 1).seq();
        return new ChangePage(items, next);
    }
}
