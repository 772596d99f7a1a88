package vn.gov.quangngai.baocao.console.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.client.model.ConnectedSystem;
import vn.gov.quangngai.baocao.console.testing.ServicesStub;

/** An agency's connected systems as report-service publishes them: never a secret in the list. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStub.class)
@TestSecurity(user = "ada", roles = "admin")
@OidcSecurity(claims = @Claim(key = "preferred_username", value = "ada"))
class AgencySystemsApiTest {

    private static final String CLIENTS = ServicesStub.REPORTS + "/api/v1/agencies/BDT/clients";

    @ServicesStub.Server
    WireMockServer services;

    @Inject
    AgencySystemsClient systems;

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    @Test
    void anAgencysSystemsAreListedWithWhenTheyWereConnected() {
        services.stubFor(get(urlPathEqualTo(CLIENTS)).willReturn(okJson(PublishedExamples.reportService("listAgencyClients"))));
        JsonNode recorded = PublishedExamples.example("report-service", "listAgencyClients").at("/items/0");

        assertThat(systems.list("BDT")).containsExactly(
                new ConnectedSystem("agency-bdt-t5", true, OffsetDateTime.parse(recorded.path("createdAt").asText())));
        services.verify(getRequestedFor(urlPathEqualTo(CLIENTS)).withHeader("Authorization", matching("Bearer .+")));
    }
}
