package vn.gov.quangngai.baocao.report.onboarding;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.report.registry.RegistryChanged;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;

/**
 * Keeps Keycloak's agency groups following the registry: once a registry change has committed, each
 * agency it created or renamed gets its group, or its group the registry's name. The change is
 * stored whatever Keycloak does: when Keycloak fails, the rest of the change's groups are left to
 * reconciliation ({@link AgencyGroupReconciler}) instead of failing one after the other.
 *
 * <p>A change of up to {@value #IN_REQUEST} agencies has its groups made before it is answered
 * (two Keycloak calls an agency, about a second in all). A longer list (a province's communes) is
 * answered once stored, and its groups are made in the background by one thread: 20,000 agencies
 * take Keycloak a minute or more, longer than a client waits for an answer. While anything waits
 * there, later changes queue behind it too, so that groups are written in the order of the changes
 * (a rename never overtaken by the creation it follows).
 */
@ApplicationScoped
public class AgencyGroupFollower {

    static final int IN_REQUEST = 200;
    private static final Logger LOG = Logger.getLogger(AgencyGroupFollower.class);

    private final AgencyGroups groups;
    // a plain single thread rather than a managed executor: the work needs no request context, and one
    // thread keeps the changes in order and Keycloak from being flooded
    private final ExecutorService background = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "agency-groups");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger waiting = new AtomicInteger();

    public AgencyGroupFollower(AgencyGroups groups) {
        this.groups = groups;
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryChanged changed) {
        if (changed.names().size() <= IN_REQUEST && waiting.get() == 0) {
            follow(changed.names());
            return;
        }
        waiting.incrementAndGet();
        LOG.infof("Keycloak groups of %d agencies are made in the background (%d change(s) waiting before them)", changed.names().size(),
                waiting.get() - 1);
        background.execute(() -> {
            // the Keycloak admin client is request-scoped: this thread needs a request context of its own
            ManagedContext requestContext = Arc.container().requestContext();
            requestContext.activate();
            try {
                follow(changed.names());
            } finally {
                requestContext.terminate();
                waiting.decrementAndGet();
            }
        });
    }

    private void follow(Map<String, String> names) {
        Set<String> done = new LinkedHashSet<>();
        for (Map.Entry<String, String> agency : names.entrySet()) {
            try {
                groups.ensureGroup(agency.getKey(), agency.getValue());
                done.add(agency.getKey());
            } catch (RuntimeException e) {
                List<String> left = names.keySet().stream().filter(code -> !done.contains(code)).toList();
                Msg message = Msg.of("report.groups.notFollowed", String.join(", ", left), String.valueOf(e.getMessage()));
                LOG.errorf("%s | %s", message.in(Languages.VIETNAMESE), message.in(Languages.ENGLISH));
                return;
            }
        }
        LOG.infof("Keycloak groups follow the registry: %d agencies%s", done.size(), done.size() <= IN_REQUEST ? " " + done : "");
    }

    @PreDestroy
    void stop() {
        // what is left is found missing by the next reconciliation
        background.shutdownNow();
    }
}
