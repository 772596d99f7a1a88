package vn.gov.quangngai.baocao.report.onboarding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.support.testing.Concurrently;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;
import vn.gov.quangngai.baocao.support.testing.TestTokens;

/** Agency systems' clients through the API, Keycloak replaced by an in-memory double (InMemoryAgencyClients). */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AgencyClientResourceTest {

    private static final String ADMIN = TestTokens.forService("report-service").person("admin", null, null, "admin");
    private static final String CLIENTS = "/api/v1/agencies/{code}/clients";

    @Inject
    DataSource database;

    @Inject
    InMemoryAgencyClients keycloak;

    private static JsonPath create(String agency) {
        return given().auth().oauth2(ADMIN).when().post(CLIENTS, agency)
                .then().statusCode(201).header("Cache-Control", "no-store").extract().jsonPath();
    }

    @Test
    void adminCreatesListsRotatesAndDisablesAnAgencysClient() {
        JsonPath created = create("MINHLONG");
        String clientId = created.getString("clientId");
        assertThat(clientId).startsWith("agency-minhlong-");
        assertThat(created.getString("secret")).isNotBlank();

        given().auth().oauth2(ADMIN).when().get(CLIENTS, "MINHLONG").then().statusCode(200)
                .body("items.find { it.clientId == '" + clientId + "' }.enabled", equalTo(true))
                .body("items.find { it.clientId == '" + clientId + "' }.createdAt", notNullValue())
                .body("items.find { it.clientId == '" + clientId + "' }", not(hasKey("secret")));

        String rotated = given().auth().oauth2(ADMIN).when().post(CLIENTS + "/{clientId}/secret", "MINHLONG", clientId)
                .then().statusCode(200).header("Cache-Control", "no-store").body("clientId", equalTo(clientId))
                .extract().path("secret");
        assertThat(rotated).isNotBlank().isNotEqualTo(created.getString("secret"));

        given().auth().oauth2(ADMIN).when().delete(CLIENTS + "/{clientId}", "MINHLONG", clientId).then().statusCode(204);
        given().auth().oauth2(ADMIN).when().delete(CLIENTS + "/{clientId}", "MINHLONG", clientId).then().statusCode(204);
        given().auth().oauth2(ADMIN).when().get(CLIENTS, "MINHLONG").then()
                .body("items.find { it.clientId == '" + clientId + "' }.enabled", equalTo(false));
        given().auth().oauth2(ADMIN).when().post(CLIENTS + "/{clientId}/secret", "MINHLONG", clientId)
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("CONFLICT"));
    }

    @Test
    void everyChangeIsAuditedWithItsAdminAndADisabledClientOnlyOnce() throws SQLException {
        String clientId = create("SONHA").getString("clientId");
        given().auth().oauth2(ADMIN).when().post(CLIENTS + "/{clientId}/secret", "SONHA", clientId).then().statusCode(200);
        given().auth().oauth2(ADMIN).when().delete(CLIENTS + "/{clientId}", "SONHA", clientId).then().statusCode(204);
        given().auth().oauth2(ADMIN).when().delete(CLIENTS + "/{clientId}", "SONHA", clientId).then().statusCode(204);

        assertThat(auditRows(clientId)).containsExactly(
                "CLIENT_CREATED SONHA sub-admin admin admin (test)",
                "SECRET_ROTATED SONHA sub-admin admin admin (test)",
                "CLIENT_DISABLED SONHA sub-admin admin admin (test)");
    }

    @Test
    void noSecretReachesTheLogOrTheAudit() throws SQLException {
        List<String> secrets = new ArrayList<>();
        String clientId;
        try (CapturedLog log = CapturedLog.start()) {
            JsonPath created = create("BATO");
            clientId = created.getString("clientId");
            secrets.add(created.getString("secret"));
            secrets.add(given().auth().oauth2(ADMIN).when().post(CLIENTS + "/{clientId}/secret", "BATO", clientId)
                    .then().statusCode(200).extract().path("secret"));

            assertThat(log.lines()).anySatisfy(line -> assertThat(line).contains(clientId).contains("created"));
            for (String secret : secrets) {
                assertThat(log.lines()).noneSatisfy(line -> assertThat(line).contains(secret));
            }
        }
        try (var connection = database.getConnection(); var statement = connection.prepareStatement("SELECT * FROM admin_event WHERE client_id = ?")) {
            statement.setString(1, clientId);
            ResultSet rows = statement.executeQuery();
            int count = 0;
            while (rows.next()) {
                count++;
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    String value = rows.getString(column);
                    assertThat(secrets).noneSatisfy(secret -> assertThat(value).isEqualTo(secret));
                }
            }
            assertThat(count).isEqualTo(2);
        }
    }

    @Test
    void aClientIsReachedOnlyThroughItsOwnAgency() {
        String clientId = create("MODUC").getString("clientId");

        given().auth().oauth2(ADMIN).when().post(CLIENTS + "/{clientId}/secret", "STC", clientId)
                .then().statusCode(404).body("code", equalTo("CLIENT_NOT_FOUND"));
        given().auth().oauth2(ADMIN).when().delete(CLIENTS + "/{clientId}", "STC", clientId)
                .then().statusCode(404).body("code", equalTo("CLIENT_NOT_FOUND"));
        given().auth().oauth2(ADMIN).when().get(CLIENTS, "STC").then().statusCode(200)
                .body("items.clientId", not(org.hamcrest.Matchers.hasItem(clientId)));
        // the realm's own agency system belongs to no agency's path, its own included
        given().auth().oauth2(ADMIN).when().post(CLIENTS + "/{clientId}/secret", "BDT", "agency-bdt-system")
                .then().statusCode(404).body("code", equalTo("CLIENT_NOT_FOUND"));
        given().auth().oauth2(ADMIN).when().delete(CLIENTS + "/{clientId}", "BDT", "agency-bdt-system")
                .then().statusCode(404);
        given().auth().oauth2(ADMIN).when().get(CLIENTS, "BDT").then().statusCode(200)
                .body("items.clientId", not(org.hamcrest.Matchers.hasItem("agency-bdt-system")));
    }

    @Test
    void anAgencyOutsideTheRegistryHasNoClients() {
        given().auth().oauth2(ADMIN).when().post(CLIENTS, "NOPE").then().statusCode(404).body("code", equalTo("AGENCY_NOT_FOUND"));
        given().auth().oauth2(ADMIN).when().get(CLIENTS, "NOPE").then().statusCode(404).body("code", equalTo("AGENCY_NOT_FOUND"));
    }

    @Test
    void onlyAdminsManageClients() {
        given().auth().oauth2(Actors.BOB_REVIEWER).when().post(CLIENTS, "BDT")
                .then().statusCode(403).body("code", equalTo("ACCESS_DENIED"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(CLIENTS, "BDT").then().statusCode(403);
        given().auth().oauth2(Actors.ALICE_BDT).when().post(CLIENTS + "/{clientId}/secret", "BDT", "agency-bdt-system").then().statusCode(403);
        given().when().delete(CLIENTS + "/{clientId}", "BDT", "agency-bdt-system")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void ofTwentyRotationsAtOnceOneAnswersWithTheSecretThatWorksAndTheOthersAreTold() throws Exception {
        String clientId = create("TUNGHIA").getString("clientId");

        List<Response> answers = Concurrently.run(20, Duration.ofSeconds(60), i -> () ->
                given().auth().oauth2(ADMIN).header("Accept-Language", "vi").when().post(CLIENTS + "/{clientId}/secret", "TUNGHIA", clientId));

        assertThat(answers).extracting(Response::statusCode).containsOnly(200, 409).containsOnlyOnce(200);
        String secret = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow().path("secret");
        assertThat(secret).isEqualTo(keycloak.secretOf(clientId));
        assertThat(answers).filteredOn(a -> a.statusCode() == 409).allSatisfy(refused -> {
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.<String>path("code")).isEqualTo("CONFLICT");
            assertThat(refused.<String>path("detail")).contains(clientId).contains("vừa được đổi lúc");
        });
        assertThat(auditRows(clientId)).filteredOn(row -> row.startsWith("SECRET_ROTATED")).hasSize(1);
    }

    @Test
    void twentyDisablingsAtOnceAllAnswerDisabledAndAreAuditedOnce() throws Exception {
        String clientId = create("NGHIAHANH").getString("clientId");

        List<Integer> statuses = Concurrently.run(20, Duration.ofSeconds(60), i -> () ->
                given().auth().oauth2(ADMIN).when().delete(CLIENTS + "/{clientId}", "NGHIAHANH", clientId).statusCode());

        assertThat(statuses).containsOnly(204).hasSize(20);
        assertThat(auditRows(clientId)).containsExactly(
                "CLIENT_CREATED NGHIAHANH sub-admin admin admin (test)",
                "CLIENT_DISABLED NGHIAHANH sub-admin admin admin (test)");
    }

    @Test
    void twentyCreationsAtOnceMakeTwentyClientsEachWithItsOwnWorkingSecret() throws Exception {
        List<JsonPath> made = Concurrently.run(20, Duration.ofSeconds(60), i -> () ->
                given().auth().oauth2(ADMIN).when().post(CLIENTS, "DUCPHO").then().statusCode(201).extract().jsonPath());

        assertThat(made).extracting(m -> m.getString("clientId")).doesNotHaveDuplicates().hasSize(20);
        assertThat(made).allSatisfy(m -> assertThat(keycloak.secretOf(m.getString("clientId"))).isEqualTo(m.getString("secret")));
    }

    private List<String> auditRows(String clientId) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (var connection = database.getConnection(); var statement = connection.prepareStatement(
                "SELECT action, agency_code, actor_subject, actor_username, actor_name FROM admin_event WHERE client_id = ? ORDER BY id")) {
            statement.setString(1, clientId);
            ResultSet result = statement.executeQuery();
            while (result.next()) {
                rows.add(String.join(" ", result.getString(1), result.getString(2), result.getString(3), result.getString(4), result.getString(5)));
            }
        }
        return rows;
    }
}
