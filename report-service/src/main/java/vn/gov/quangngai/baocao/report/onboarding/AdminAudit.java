package vn.gov.quangngai.baocao.report.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gov.quangngai.baocao.report.shared.Times;
import vn.gov.quangngai.baocao.support.caller.Actor;

/** Records who did what to an agency system's client once Keycloak has done it: in the change's transaction when it has one, else in its own. */
@ApplicationScoped
public class AdminAudit {

    private final AdminEventRepository events;

    public AdminAudit(AdminEventRepository events) {
        this.events = events;
    }

    @Transactional
    public void record(AdminAction action, String agencyCode, String clientId, Actor actor) {
        AdminEventEntity event = new AdminEventEntity();
        event.at = Times.now();
        event.action = action.name();
        event.actorSubject = actor.subject();
        event.actorUsername = actor.username();
        event.actorName = actor.name();
        event.agencyCode = agencyCode;
        event.clientId = clientId;
        events.persist(event);
    }
}
