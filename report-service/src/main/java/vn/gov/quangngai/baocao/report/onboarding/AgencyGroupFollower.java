package vn.gov.quangngai.baocao.report.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.report.registry.RegistryChanged;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;

/**
 * Keeps Keycloak's agency groups following the registry: once a registry change has committed, each
 * agency it created or renamed gets its group, or its group the registry's name. The change is
 * stored whatever Keycloak does: when Keycloak fails, the rest of the change's groups are left to
 * reconciliation ({@link AgencyGroupReconciler}) instead of failing one after the other.
 */
@ApplicationScoped
public class AgencyGroupFollower {

    private static final Logger LOG = Logger.getLogger(AgencyGroupFollower.class);

    private final AgencyGroups groups;

    public AgencyGroupFollower(AgencyGroups groups) {
        this.groups = groups;
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryChanged changed) {
        List<String> done = new ArrayList<>();
        for (Map.Entry<String, String> agency : changed.names().entrySet()) {
            try {
                groups.ensureGroup(agency.getKey(), agency.getValue());
                done.add(agency.getKey());
            } catch (RuntimeException e) {
                List<String> left = changed.names().keySet().stream().filter(code -> !done.contains(code)).toList();
                Msg message = Msg.of("report.groups.notFollowed", String.join(", ", left), String.valueOf(e.getMessage()));
                LOG.errorf("%s | %s", message.in(Languages.VIETNAMESE), message.in(Languages.ENGLISH));
                return;
            }
        }
        LOG.infof("Keycloak groups follow the registry: %s", done);
    }
}
