package vn.gov.quangngai.baocao.report.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.report.registry.Agency;
import vn.gov.quangngai.baocao.report.registry.AgencyService;
import vn.gov.quangngai.baocao.report.shared.CallerContext;
import vn.gov.quangngai.baocao.report.shared.Deadlines;
import vn.gov.quangngai.baocao.report.shared.Times;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;

/**
 * Onboarding of agencies' own systems (admin): a confidential client per system, its secret shown
 * once, rotated or the client disabled later; each change audited with who made it, the audit row
 * written once Keycloak has done it. A rotation or a disabling takes the client's turn
 * ({@link ClientTurns}) for its whole run, Keycloak's part included, so that concurrent changes of one
 * client come one after the other and each sees what the previous one did. A secret rotated less
 * than {@code baocao.clients.rotation-pause} ago is not rotated again: the second request is almost
 * always a double click or a retry, and rotating would void the secret just handed to someone.
 * Secrets pass through here and are never logged or stored.
 */
@ApplicationScoped
public class AgencyClientService {

    private static final Logger LOG = Logger.getLogger(AgencyClientService.class);

    private final AgencyClients clients;
    private final AgencyService agencies;
    private final AdminAudit audit;
    private final CallerContext caller;
    private final ClientTurns turns;
    private final AdminEventRepository events;
    private final Duration rotationPause;

    public AgencyClientService(AgencyClients clients, AgencyService agencies, AdminAudit audit, CallerContext caller, ClientTurns turns,
                               AdminEventRepository events, @ConfigProperty(name = "baocao.clients.rotation-pause", defaultValue = "PT1M") Duration rotationPause) {
        this.clients = clients;
        this.agencies = agencies;
        this.audit = audit;
        this.caller = caller;
        this.turns = turns;
        this.events = events;
        this.rotationPause = rotationPause;
    }

    public ClientCredentials create(String agencyCode) {
        Agency agency = agencies.get(agencyCode);
        ClientCredentials created = clients.create(agency.code(), agency.name());
        audit.record(AdminAction.CLIENT_CREATED, agency.code(), created.clientId(), caller.actor());
        LOG.infof("Client %s created for agency %s by %s", created.clientId(), agency.code(), caller.actor().username());
        return created;
    }

    public AgencyClientList list(String agencyCode) {
        Agency agency = agencies.get(agencyCode);
        return new AgencyClientList(clients.list(agency.code()));
    }

    /** A new secret; a disabled client keeps none that works (409): make a new client instead. */
    @Transactional
    public ClientCredentials rotate(String agencyCode, String clientId) {
        turns.forClient(clientId);
        AgencyClient client = existing(agencyCode, clientId);
        if (!client.enabled()) {
            throw new ApiException(ErrorCode.CONFLICT, Msg.of("report.clients.disabled", clientId));
        }
        refuseIfJustRotated(client.clientId());
        String secret = clients.rotateSecret(agencyCode, clientId);
        audit.record(AdminAction.SECRET_ROTATED, agencyCode, clientId, caller.actor());
        LOG.infof("Secret of client %s (agency %s) rotated by %s", clientId, agencyCode, caller.actor().username());
        return new ClientCredentials(clientId, secret);
    }

    /** Disables the client; disabling it again changes nothing and records nothing. */
    @Transactional
    public void disable(String agencyCode, String clientId) {
        turns.forClient(clientId);
        if (existing(agencyCode, clientId).enabled()) {
            clients.disable(agencyCode, clientId);
            audit.record(AdminAction.CLIENT_DISABLED, agencyCode, clientId, caller.actor());
            LOG.infof("Client %s (agency %s) disabled by %s", clientId, agencyCode, caller.actor().username());
        }
    }

    private void refuseIfJustRotated(String clientId) {
        events.latest(clientId, AdminAction.SECRET_ROTATED.name()).map(event -> event.at)
                .filter(at -> at.plus(rotationPause).isAfter(Times.now()))
                .ifPresent(at -> {
                    throw new ApiException(ErrorCode.CONFLICT, Msg.of("report.clients.justRotated", clientId, clock(at), clock(at.plus(rotationPause))));
                });
    }

    /** A time of day as the province reads it. */
    private static String clock(OffsetDateTime at) {
        return at.atZoneSameInstant(Deadlines.VIETNAM).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    private AgencyClient existing(String agencyCode, String clientId) {
        Agency agency = agencies.get(agencyCode);
        return clients.find(agency.code(), clientId)
                .orElseThrow(() -> new ApiException(ErrorCode.CLIENT_NOT_FOUND, Msg.of("report.clients.notFound", agency.code(), clientId)));
    }
}
