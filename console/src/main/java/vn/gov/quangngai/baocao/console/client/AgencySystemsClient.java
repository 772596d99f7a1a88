package vn.gov.quangngai.baocao.console.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.gov.quangngai.baocao.console.client.model.ConnectedSystem;
import vn.gov.quangngai.baocao.console.client.model.SystemSecret;

/** The onboarding of agencies' own systems for the admin pages, report-service named when it cannot be reached. */
@ApplicationScoped
public class AgencySystemsClient {

    private final AgencySystemsApi api;

    public AgencySystemsClient(@RestClient AgencySystemsApi api) {
        this.api = api;
    }

    public List<ConnectedSystem> list(String agency) {
        return Guarded.call(ServicePart.REPORTS, () -> api.list(agency).items());
    }

    public SystemSecret create(String agency) {
        return Guarded.call(ServicePart.REPORTS, () -> api.create(agency));
    }

    public SystemSecret rotate(String agency, String clientId) {
        return Guarded.call(ServicePart.REPORTS, () -> api.rotate(agency, clientId));
    }

    public void disable(String agency, String clientId) {
        Guarded.call(ServicePart.REPORTS, () -> {
            api.disable(agency, clientId);
            return null;
        });
    }
}
