package vn.gov.quangngai.baocao.console.pages;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.quangngai.baocao.console.testing.Pages.page;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.testing.ServicesStub;

/** An agency's page shows its periods and the agencies before and after it, each a link, from the registry of report-service. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStub.class)
@TestSecurity(user = "vera", roles = "viewer")
@OidcSecurity(claims = {@Claim(key = "name", value = "Vera Võ Thị"), @Claim(key = "preferred_username", value = "vera")})
class AgencyHistoryResourceTest {

    static final String REPORTS = ServicesStub.REPORTS + "/api/v1";

    @ServicesStub.Server
    WireMockServer services;

    @BeforeEach
    void stubTheRegistry() {
        services.resetAll();
        // a department merged into another, renamed before that, and a second one merged into the same successor
        services.stubFor(get(urlPathEqualTo(REPORTS + "/agencies/SKHCN")).willReturn(okJson("""
                {"code": "SKHCN", "name": "Sở Khoa học và Công nghệ", "kind": "SO", "validFrom": "2008-04-01", "validTo": "2025-03-01",
                 "predecessors": [], "successors": ["SKHCNTT"],
                 "periods": [{"validFrom": "2008-04-01", "validTo": "2019-01-01", "name": "Sở Khoa học, Công nghệ và Môi trường", "kind": "SO"},
                             {"validFrom": "2019-01-01", "validTo": "2025-03-01", "name": "Sở Khoa học và Công nghệ", "kind": "SO"}]}""")));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/agencies/STTTT")).willReturn(okJson("""
                {"code": "STTTT", "name": "Sở Thông tin và Truyền thông", "kind": "SO", "validTo": "2025-03-01",
                 "predecessors": [], "successors": ["SKHCNTT"], "periods": [{"validTo": "2025-03-01", "name": "Sở Thông tin và Truyền thông", "kind": "SO"}]}""")));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/agencies/SKHCNTT")).willReturn(okJson("""
                {"code": "SKHCNTT", "name": "Sở Khoa học và Công nghệ mới", "kind": "SO", "validFrom": "2025-03-01",
                 "predecessors": ["SKHCN", "STTTT"], "successors": [],
                 "periods": [{"validFrom": "2025-03-01", "name": "Sở Khoa học và Công nghệ mới", "kind": "SO"}]}""")));
    }

    @Test
    void anEndedAgencyShowsEachPeriodAndItsSuccessor() {
        Document page = page("/agencies/SKHCN");

        assertThat(page.select("h1").text()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(page.select("#agency-summary").text()).contains("SKHCN", "từ 01/04/2008", "đến hết 28/02/2025", "đã kết thúc");
        assertThat(page.select("#periods tbody tr")).extracting(row -> row.text()).containsExactly(
                "01/04/2008 31/12/2018 Sở Khoa học, Công nghệ và Môi trường Sở —",
                "01/01/2019 28/02/2025 Sở Khoa học và Công nghệ Sở —");
        assertThat(page.select("#successors li a")).extracting(a -> a.attr("href") + " " + a.text())
                .containsExactly("/agencies/SKHCNTT Sở Khoa học và Công nghệ mới");
        assertThat(page.select("#predecessors")).isEmpty();
    }

    @Test
    void aSuccessorNamesEveryAgencyItTookOverFromWithTheirLastDay() {
        Document page = page("/agencies/SKHCNTT");

        assertThat(page.select("#predecessors li")).extracting(li -> li.text()).containsExactly(
                "Sở Khoa học và Công nghệ (SKHCN, đến hết 28/02/2025)", "Sở Thông tin và Truyền thông (STTTT, đến hết 28/02/2025)");
        assertThat(page.select("#periods tbody tr")).extracting(row -> row.text())
                .containsExactly("01/03/2025 nay Sở Khoa học và Công nghệ mới Sở —");
        assertThat(page.select("#successors")).isEmpty();
        assertThat(page.select("a[href=/agencies/SKHCNTT/clients]")).as("connected systems are an administrator's").isEmpty();
    }

    @Test
    void theRegistryListLinksEachAgencyToItsHistoryAndIsInTheViewersMenu() {
        services.stubFor(get(urlPathEqualTo(REPORTS + "/agencies")).willReturn(okJson("""
                {"items": [{"code": "SKHCNTT", "name": "Sở Khoa học và Công nghệ mới", "kind": "SO", "validFrom": "2025-03-01"}],
                 "page": 0, "size": 500, "total": 1}""")));

        Document list = page("/agencies");

        assertThat(list.select("tr[data-agency=SKHCNTT] a[href=/agencies/SKHCNTT]").text()).isEqualTo("Sở Khoa học và Công nghệ mới");
        assertThat(list.select("nav.site-nav a[href=/agencies]").text()).isEqualTo("Cơ quan");
    }
}
