package vn.gov.quangngai.baocao.report.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import vn.gov.quangngai.baocao.report.feed.ChangeFeedService;
import vn.gov.quangngai.baocao.report.shared.ReportStatus;
import vn.gov.quangngai.baocao.report.shared.Times;
import vn.gov.quangngai.baocao.support.caller.Actor;
import vn.gov.quangngai.baocao.support.paging.PageRequest;
import vn.gov.quangngai.baocao.support.paging.PageResult;

/**
 * Writes what happened, in the transaction of the change itself: the audit event for every
 * change of a report, and the change-feed item for status changes and round events.
 */
@ApplicationScoped
public class AuditTrail {

    private final ReportEventRepository events;
    private final ChangeFeedService feed;

    public AuditTrail(ReportEventRepository events, ChangeFeedService feed) {
        this.events = events;
        this.feed = feed;
    }

    /** The audit event alone (a draft save is not a status change, so it stays out of the feed). */
    public void record(ReportEntity report, String action, Actor actor, ReportStatus from, String reason, OffsetDateTime at) {
        ReportEventEntity event = new ReportEventEntity();
        event.reportId = report.id;
        event.at = at;
        event.action = action;
        event.actorSubject = actor.subject();
        event.actorUsername = actor.username();
        event.actorName = actor.name();
        event.fromStatus = from.name();
        event.toStatus = report.status.name();
        event.version = report.currentVersion;
        event.reason = reason;
        events.persist(event);
    }

    /** The audit event and the feed item of a status change (feed status = the action). */
    public void recordChange(ReportEntity report, String action, Actor actor, ReportStatus from, String reason, OffsetDateTime at) {
        record(report, action, actor, from, reason, at);
        announce(report.round.code, report.agency.code, report.currentVersion, action, at);
    }

    /** One page of the report's audit events, oldest first. */
    public PageResult<ReportEvent> events(ReportEntity report, PageRequest page) {
        List<ReportEvent> items = events.page(report.id, page.page(), page.size()).stream().map(AuditTrail::view).toList();
        return new PageResult<>(items, page.page(), page.size(), events.countFor(report.id));
    }

    private static ReportEvent view(ReportEventEntity event) {
        return new ReportEvent(event.id, Times.local(event.at), event.action,
                new Actor(event.actorSubject, event.actorUsername, event.actorName),
                event.fromStatus, event.toStatus, event.version, event.reason);
    }

    /** A feed item; {@code agency} and {@code version} are null for round events. */
    public void announce(String round, String agency, Integer version, String status, OffsetDateTime at) {
        feed.announce(round, agency, version, status, at);
    }
}
