package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import vn.gov.quangngai.baocao.support.testing.Concurrently;

/** Agency systems' clients made by report-service in the real Keycloak: what their tokens carry, and which path reaches which client. */
class AgencyClientsIT {

    private static Suite suite;
    private static String admin;
    private static Keycloak keycloak;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
        admin = suite.tokens.forDemoUser("admin");
        keycloak = ReportServiceAdmin.connect(suite);
    }

    @AfterAll
    static void close() {
        keycloak.close();
    }

    private static RequestSpecification api(String token) {
        return given().baseUri(suite.reportService.baseUrl()).auth().oauth2(token);
    }

    private static JsonPath create(String agency) {
        return api(admin).post("/api/v1/agencies/{code}/clients", agency).then().statusCode(201).extract().jsonPath();
    }

    @Test
    void aNewClientsTokenActsAsASubmitterOfItsAgencyOnly() {
        JsonPath created = create("MINHLONG");
        String clientId = created.getString("clientId");
        String token = suite.tokens.forClient(clientId, created.getString("secret"));

        api(token).get("/api/v1/me").then().statusCode(200)
                .body("agency.code", equalTo("MINHLONG")).body("agency.name", equalTo("UBND huyện Minh Long"))
                .body("roles", contains("submitter")).body("client", equalTo(clientId));
        String round = SuiteRounds.open(suite, suite.tokens.forDemoUser("bob"), "2099-12-31", List.of("MINHLONG", "STC"));
        api(token).contentType("application/json").body("{\"nilReport\": true}")
                .post("/api/v1/rounds/{round}/reports/STC/submissions", round)
                .then().statusCode(403).body("code", equalTo("NOT_YOUR_AGENCY"));
        api(token).contentType("application/json").body("{\"nilReport\": true}")
                .post("/api/v1/rounds/{round}/reports/MINHLONG/submissions", round)
                .then().statusCode(201).body("nilReport", equalTo(true)).body("version", equalTo(1));
        given().baseUri(suite.aggregationService.baseUrl()).auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void theClientInKeycloakIsAConfidentialServiceAccountInTheAgencysGroup() {
        String clientId = create("SONTAY").getString("clientId");
        RealmResource realm = keycloak.realm("baocao");

        ClientRepresentation client = realm.clients().findByClientId(clientId).get(0);
        assertThat(client.isPublicClient()).isFalse();
        assertThat(client.isServiceAccountsEnabled()).isTrue();
        assertThat(client.isStandardFlowEnabled()).isFalse();
        assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
        assertThat(client.getAttributes()).containsEntry("baocao.agency", "SONTAY");
        String account = realm.clients().get(client.getId()).getServiceAccountUser().getId();
        assertThat(realm.users().get(account).groups()).extracting(GroupRepresentation::getPath).containsExactly("/SONTAY");
        assertThat(realm.users().get(account).roles().realmLevel().listEffective()).extracting(RoleRepresentation::getName)
                .contains("submitter").doesNotContain("reviewer", "viewer", "admin", "report-reader", "report-notifier");
    }

    @Test
    void listsTheAgencysClientsWithoutSecretsAndNoneOfAnotherAgency() {
        String first = create("TRABONG").getString("clientId");
        String second = create("TRABONG").getString("clientId");
        String other = create("SONHA").getString("clientId");
        api(admin).delete("/api/v1/agencies/TRABONG/clients/{id}", second).then().statusCode(204);

        String listed = api(admin).get("/api/v1/agencies/TRABONG/clients").then().statusCode(200)
                .body("items.clientId", contains(first, second))
                .body("items.enabled", contains(true, false))
                .body("items.clientId", not(hasItem(other)))
                .extract().asString();
        assertThat(listed).doesNotContain("secret");
        assertThat(JsonPath.from(listed).getList("items.createdAt")).allSatisfy(at -> assertThat(at).isNotNull());
    }

    @Test
    void noPathReachesAnotherAgencysClientOrTheRealmsOwn() {
        String minhlong = create("MINHLONG").getString("clientId");

        api(admin).post("/api/v1/agencies/STC/clients/{id}/secret", minhlong).then().statusCode(404).body("code", equalTo("CLIENT_NOT_FOUND"));
        api(admin).delete("/api/v1/agencies/STC/clients/{id}", minhlong).then().statusCode(404).body("code", equalTo("CLIENT_NOT_FOUND"));
        api(admin).post("/api/v1/agencies/BDT/clients/agency-bdt-system/secret").then().statusCode(404);
        api(admin).delete("/api/v1/agencies/BDT/clients/agency-bdt-system").then().statusCode(404);

        assertThat(keycloak.realm("baocao").clients().findByClientId(minhlong).get(0).isEnabled()).isTrue();
        api(suite.tokens.forDevClient("agency-bdt-system")).get("/api/v1/me").then().statusCode(200).body("agency.code", equalTo("BDT"));
    }

    @Test
    void anAgencyNewToTheRegistryGetsItsGroupWithItsFirstClient() {
        String code = "ZX" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        api(admin).contentType("application/json").body("{\"code\": \"" + code + "\", \"name\": \"UBND xã Thanh An\", \"kind\": \"XA\"}")
                .post("/api/v1/agencies").then().statusCode(201);

        JsonPath created = create(code);

        api(suite.tokens.forClient(created.getString("clientId"), created.getString("secret"))).get("/api/v1/me").then().statusCode(200)
                .body("agency.code", equalTo(code)).body("roles", contains("submitter"));
    }

    private static <T> List<T> twentyAtOnce(Callable<T> request) throws Exception {
        return Concurrently.run(20, Duration.ofMinutes(2), i -> request);
    }

    @Test
    void ofTwentyRotationsAtOnceOneAnswersWithAWorkingSecretAndTheOthersAreRefusedAsConflicts() throws Exception {
        String clientId = create("BINHSON").getString("clientId");

        List<Response> answers = twentyAtOnce(() -> api(admin).post("/api/v1/agencies/BINHSON/clients/{id}/secret", clientId));

        assertThat(answers).extracting(Response::statusCode).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(answers).filteredOn(a -> a.statusCode() == 409).extracting(a -> a.<String>path("code")).containsOnly("CONFLICT");
        String secret = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow().path("secret");
        api(suite.tokens.forClient(clientId, secret)).get("/api/v1/me").then().statusCode(200).body("client", equalTo(clientId));
    }

    @Test
    void twentyDisablingsAtOnceAllAnswerDisabledAndTheClientGetsNoToken() throws Exception {
        JsonPath created = create("SONTINH");
        String clientId = created.getString("clientId");

        List<Integer> statuses = twentyAtOnce(() -> api(admin).delete("/api/v1/agencies/SONTINH/clients/{id}", clientId).statusCode());

        assertThat(statuses).containsOnly(204);
        assertThat(keycloak.realm("baocao").clients().findByClientId(clientId).get(0).isEnabled()).isFalse();
        assertThatThrownBy(() -> suite.tokens.forClient(clientId, created.getString("secret"))).hasMessageContaining("401");
    }

    @Test
    void twentyFirstClientsAtOnceOfANewAgencyShareItsOneGroupAndEachSecretWorks() throws Exception {
        String code = "ZC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        // 300 characters, the longest name the registry takes: more than Keycloak's 255 for a client's name and description
        String name = ("UBND xã Thanh An thuộc huyện Sơn Tịnh tỉnh Quảng Ngãi " + "và các thôn ".repeat(30)).substring(0, 300);
        api(admin).contentType("application/json").body(Map.of("code", code, "name", name, "kind", "XA"))
                .post("/api/v1/agencies").then().statusCode(201);

        List<Response> answers = twentyAtOnce(() -> api(admin).post("/api/v1/agencies/{code}/clients", code));

        assertThat(answers).extracting(Response::statusCode).containsOnly(201);
        assertThat(answers).extracting(a -> a.<String>path("clientId")).doesNotHaveDuplicates();
        assertThat(keycloak.realm("baocao").groups().groups(code, 0, 10)).extracting(GroupRepresentation::getName).containsOnlyOnce(code);
        for (Response answer : answers) {
            api(suite.tokens.forClient(answer.path("clientId"), answer.path("secret"))).get("/api/v1/me").then().statusCode(200)
                    .body("agency.code", equalTo(code)).body("roles", contains("submitter"));
        }
        ClientRepresentation client = keycloak.realm("baocao").clients().findByClientId(answers.get(0).path("clientId")).get(0);
        assertThat(client.getName()).startsWith(name.substring(0, 100)).endsWith(" reporting system");
        assertThat(client.getDescription().length()).isLessThanOrEqualTo(255);
    }

    @Test
    void aDisabledClientGetsNoTokenAndItsSecretCannotBeRotated() {
        JsonPath created = create("LYSON");
        String clientId = created.getString("clientId");

        api(admin).delete("/api/v1/agencies/LYSON/clients/{id}", clientId).then().statusCode(204);

        assertThatThrownBy(() -> suite.tokens.forClient(clientId, created.getString("secret"))).hasMessageContaining("401");
        api(admin).post("/api/v1/agencies/LYSON/clients/{id}/secret", clientId).then().statusCode(409).body("code", equalTo("CONFLICT"));
        api(admin).delete("/api/v1/agencies/LYSON/clients/{id}", clientId).then().statusCode(204);
    }
}
