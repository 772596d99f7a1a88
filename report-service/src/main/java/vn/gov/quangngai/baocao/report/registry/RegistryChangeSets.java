package vn.gov.quangngai.baocao.report.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.support.i18n.Languages;

/**
 * Applies the registry change sets shipped with the service (data files under {@code registry/},
 * e.g. the 2025 reorganisation) when it starts: each change once, by its key, in the file's order.
 * Several instances starting at once take turns (an advisory lock). A change that cannot be made
 * (the province made it already another way, say) is logged and skipped, not retried into a crash.
 */
@ApplicationScoped
public class RegistryChangeSets {

    private static final Logger LOG = Logger.getLogger(RegistryChangeSets.class);

    private final AgencyService registry;
    private final AgencyRepository agencies;
    private final EntityManager entities;
    private final ObjectMapper json;
    private final List<String> resources;
    private final RegistryLocks locks;

    public RegistryChangeSets(AgencyService registry, AgencyRepository agencies, EntityManager entities, ObjectMapper json,
                              @ConfigProperty(name = "baocao.registry.change-sets") List<String> resources, RegistryLocks locks) {
        this.locks = locks;
        this.registry = registry;
        this.agencies = agencies;
        this.entities = entities;
        this.json = json;
        this.resources = resources;
    }

    void onStart(@Observes StartupEvent started) {
        applyAll();
    }

    /** Applies what is not applied yet; answers how many changes that was. */
    @Transactional
    public int applyAll() {
        entities.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('registry-change-sets'))").getSingleResult();
        // and no change through the API meanwhile: they plan against what the set leaves
        locks.forWholeRegistry();
        int applied = 0;
        Set<String> touched = new LinkedHashSet<>();
        for (String resource : resources) {
            JsonNode set = read(resource);
            for (JsonNode entry : set.path("changes")) {
                String key = entry.path("key").asText();
                if (agencies.changeApplied(key)) {
                    continue;
                }
                RegistryChange change = RegistryChanges.of(request(entry));
                RegistryPlanner.Plan plan = registry.plan(change);
                if (!plan.isPossible()) {
                    LOG.errorf("Registry change %s of %s cannot be made and is skipped: %s", key, resource,
                            plan.problems().stream().map(p -> p.pointer() + " " + p.message().in(Languages.ENGLISH)).toList());
                    continue;
                }
                touched.addAll(registry.store(change, key, plan));
                applied++;
            }
        }
        registry.announce(touched);
        if (applied > 0) {
            LOG.infof("Applied %d registry change(s) from %s", applied, resources);
        }
        return applied;
    }

    private AgencyChangeRequest request(JsonNode entry) {
        try {
            return json.treeToValue(((com.fasterxml.jackson.databind.node.ObjectNode) entry.deepCopy()).without("key"), AgencyChangeRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable registry change " + entry.path("key").asText(), e);
        }
    }

    private JsonNode read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing registry change set " + resource);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable registry change set " + resource, e);
        }
    }
}
