package vn.gov.quangngai.baocao.report.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import vn.gov.quangngai.baocao.report.shared.Times;

/**
 * The change feed: appends an item in the transaction of the change it announces, and reads the
 * items after a cursor.
 */
@ApplicationScoped
public class ChangeFeedService {

    public static final String DEFAULT_LIMIT = "100";
    public static final int MAX_LIMIT = 1000;

    private final ChangeFeedRepository feed;
    private final Event<FeedChanged> feedChanged;

    public ChangeFeedService(ChangeFeedRepository feed, Event<FeedChanged> feedChanged) {
        this.feed = feed;
        this.feedChanged = feedChanged;
    }

    /** A feed item; {@code agency} and {@code version} are null for round events. */
    public void announce(String round, String agency, Integer version, String status, OffsetDateTime at) {
        ChangeFeedEntity change = new ChangeFeedEntity();
        change.roundCode = round;
        change.agencyCode = agency;
        change.version = version;
        change.status = status;
        change.at = at;
        feed.append(change);
        feedChanged.fire(new FeedChanged(round));
    }

    /** The changes after {@code after}, oldest first; {@code next} is the last seq given, or {@code after} when none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangePage after(long after, int limit) {
        List<ChangePage.Change> items = feed.after(after, limit).stream()
                .map(c -> new ChangePage.Change(c.seq, c.roundCode, c.agencyCode, c.version, c.status, Times.local(c.at)))
                .toList();
        long next = items.isEmpty() ? after : items.get(items.size() - 1).seq();
        return new ChangePage(items, next);
    }
}
