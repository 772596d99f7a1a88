package vn.gov.quangngai.baocao.aggregation.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** An agency and every agency it took over from, through merges and splits, as report-service's registry records them. */
@ApplicationScoped
public class AgencyLineage {

    private static final int MAX_AGENCIES = 1000;

    private final RegistryApi registry;

    public AgencyLineage(@RestClient RegistryApi registry) {
        this.registry = registry;
    }

    /** The agency first, then its predecessors nearest first; empty when the registry never had the code. */
    @Retry(maxRetries = 2, delay = 200, abortOn = WebApplicationException.class)
    @Timeout(15_000)
    public Optional<List<String>> of(String code) {
        Set<String> lineage = new LinkedHashSet<>();
        List<String> frontier = new ArrayList<>(List.of(code));
        while (!frontier.isEmpty() && lineage.size() < MAX_AGENCIES) {
            List<String> next = new ArrayList<>();
            for (String current : frontier) {
                RegistryApi.Agency agency;
                try {
                    agency = registry.agency(current);
                } catch (WebApplicationException e) {
                    if (e.getResponse().getStatus() == 404 && current.equals(code)) {
                        return Optional.empty();
                    }
                    throw e;
                }
                if (lineage.add(current) && agency.predecessors() != null) {
                    next.addAll(agency.predecessors());
                }
            }
            frontier = next;
        }
        return Optional.of(List.copyOf(lineage));
    }
}
