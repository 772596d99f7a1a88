package vn.gov.quangngai.baocao.report.onboarding;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.report.registry.AgencyService;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;

/**
 * Brings Keycloak's agency groups back in step with the whole registry: groups missing (Keycloak was
 * down when the agency was added, or someone deleted the group) are created, groups carrying another
 * name take the registry's, groups the registry does not hold are reported and kept. Runs shortly
 * after start and then on a schedule, off the start-up path, and whenever an admin asks.
 */
@ApplicationScoped
public class AgencyGroupReconciler {

    private static final Logger LOG = Logger.getLogger(AgencyGroupReconciler.class);

    private final AgencyService agencies;
    private final AgencyGroups groups;

    public AgencyGroupReconciler(AgencyService agencies, AgencyGroups groups) {
        this.agencies = agencies;
        this.groups = groups;
    }

    /**
     * The drift, repaired unless {@code dryRun}, summed up in the caller's language. The registry is
     * read first; Keycloak is called outside any transaction.
     */
    public AgencyGroupDrift reconcile(boolean dryRun, String by) {
        Map<String, String> registry = agencies.groupNames(null);
        GroupDrift drift = groups.reconcile(registry, dryRun);
        log(drift, registry.size(), dryRun, by);
        return new AgencyGroupDrift(dryRun, !dryRun && !drift.inStep(), drift.missing(),
                drift.renamed().stream().map(r -> new AgencyGroupDrift.Renamed(r.code(), r.from(), r.to())).toList(), drift.extra(),
                summary(drift, dryRun).in(Languages.current()));
    }

    private static Msg summary(GroupDrift drift, boolean dryRun) {
        if (drift.inStep()) {
            return Msg.of("report.groups.inStep");
        }
        return Msg.of("report.groups.drift", drift.missing().size(), listed(drift.missing()), drift.renamed().size(),
                listed(drift.renamed().stream().map(GroupDrift.Renamed::code).toList()), Msg.of(dryRun ? "report.groups.dryRun" : "report.groups.repaired"));
    }

    private static String listed(List<String> codes) {
        return codes.isEmpty() ? "" : " (" + String.join(", ", codes) + ")";
    }

    @Scheduled(identity = "agency-groups-reconcile", every = "${baocao.groups.reconcile-every}", delayed = "${baocao.groups.reconcile-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            reconcile(false, "report-service");
        } catch (RuntimeException e) {
            // Keycloak down must not stop the service: the next run, or an admin, repairs it
            Msg message = Msg.of("report.groups.reconcileFailed", String.valueOf(e.getMessage()));
            LOG.errorf("%s | %s", message.in(Languages.VIETNAMESE), message.in(Languages.ENGLISH));
        }
    }

    private static void log(GroupDrift drift, int agencies, boolean dryRun, String by) {
        Msg summary = summary(drift, dryRun);
        String line = "%s | %s (%d agencies, asked by %s)".formatted(summary.in(Languages.VIETNAMESE), summary.in(Languages.ENGLISH), agencies, by);
        if (drift.inStep()) {
            LOG.info(line);
        } else {
            LOG.warn(line);
        }
        if (!drift.extra().isEmpty()) {
            Msg extra = Msg.of("report.groups.extra", drift.extra().size(), String.join(", ", drift.extra()));
            LOG.infof("%s | %s", extra.in(Languages.VIETNAMESE), extra.in(Languages.ENGLISH));
        }
    }
}
