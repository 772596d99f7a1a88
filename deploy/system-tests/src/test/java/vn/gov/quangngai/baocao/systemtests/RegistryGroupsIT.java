package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import vn.gov.quangngai.baocao.report.onboarding.AgencyGroup;
import vn.gov.quangngai.baocao.report.onboarding.KeycloakGroups;

/**
 * Keycloak following the registry on the running suite: agencies added through report-service's API
 * get their groups in the real Keycloak, whose members then act for them; a loaded commune list
 * gets its groups once; a group deleted by hand comes back through reconciliation.
 */
class RegistryGroupsIT {

    private static final String RECONCILE = "/api/v1/agencies/groups/reconcile";

    private static Suite suite;
    private static String admin;
    private static Keycloak realmAdmin;
    private static Keycloak serviceAccount;
    private static KeycloakGroups groups;

    @BeforeAll
    static void connect() {
        suite = Suite.get();
        admin = suite.tokens.forDemoUser("admin");
        // the realm's administrator, doing by hand what people do in Keycloak's console
        realmAdmin = KeycloakBuilder.builder().serverUrl(suite.keycloak.baseUrl()).realm("master").clientId("admin-cli")
                .username(suite.keycloak.adminUser()).password(suite.keycloak.adminPassword()).build();
        serviceAccount = ReportServiceAdmin.connect(suite);
        groups = new KeycloakGroups(serviceAccount, "baocao");
    }

    @AfterAll
    static void close() {
        realmAdmin.close();
        serviceAccount.close();
    }

    private static RequestSpecification api(String token) {
        return given().baseUri(suite.reportService.baseUrl()).auth().oauth2(token);
    }

    private static RealmResource realm() {
        return realmAdmin.realm("baocao");
    }

    private static String freshCode(String start) {
        return start + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static void add(String code, String name) {
        api(admin).contentType("application/json").body("{\"code\": \"%s\", \"name\": \"%s\", \"kind\": \"XA\"}".formatted(code, name))
                .post("/api/v1/agencies").then().statusCode(201);
    }

    /** The realm's top-level group named {@code code}, with its attributes. */
    private static Optional<GroupRepresentation> group(String code) {
        return realm().groups().groups(code, true, 0, 20, false).stream()
                .filter(group -> code.equals(group.getName()) && group.getParentId() == null)
                .findFirst();
    }

    private static JsonPath claims(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /** A person of the agency, made as an administrator would: a submitter put in the agency's group; password = user name. */
    private static String personOf(String groupId) {
        String username = "nv-" + UUID.randomUUID().toString().substring(0, 8);
        UserRepresentation person = new UserRepresentation();
        person.setUsername(username);
        person.setEnabled(true);
        person.setFirstName("Nguyễn Văn");
        person.setLastName("Thử");
        person.setEmail(username + "@baocao.local");
        person.setEmailVerified(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(username);
        password.setTemporary(false);
        person.setCredentials(List.of(password));
        String id;
        try (Response created = realm().users().create(person)) {
            assertThat(created.getStatus()).isEqualTo(201);
            String path = created.getLocation().getPath();
            id = path.substring(path.lastIndexOf('/') + 1);
        }
        realm().users().get(id).joinGroup(groupId);
        realm().users().get(id).roles().realmLevel().add(List.of(realm().roles().get("submitter").toRepresentation()));
        return username;
    }

    /** A round of this year (the province's), expecting the given agencies: an agency added today is in force at its end. */
    private static String openRoundOfThisYear(String... agencies) {
        String code = "R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        int year = Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue();
        api(suite.tokens.forDemoUser("bob")).contentType("application/json").body("""
                {"code": "%s", "title": "Báo cáo kết quả công tác dân vận chính quyền năm %d",
                 "request": {"number": "1520/SNV-XDCQ", "date": "%d-01-05", "issuer": "Sở Nội vụ tỉnh Quảng Ngãi"},
                 "period": {"kind": "YEAR", "year": %d}, "deadline": "2099-12-31", "agencies": [%s], "templateCode": "DVCQ-NAM"}"""
                        .formatted(code, year, year, year, String.join(",", List.of(agencies).stream().map(a -> "\"" + a + "\"").toList())))
                .post("/api/v1/rounds").then().statusCode(201);
        return code;
    }

    @Test
    void anAgencyAddedThroughTheApiGetsItsGroupAndItsPeopleActForItAlone() {
        String code = freshCode("XA");
        add(code, "UBND xã Tịnh Khê");

        GroupRepresentation group = group(code).orElseThrow(() -> new AssertionError("no group " + code));
        assertThat(group.getAttributes()).containsEntry("agency_code", List.of(code)).containsEntry("agency_name", List.of("UBND xã Tịnh Khê"));

        String person = personOf(group.getId());
        String token = suite.tokens.forUser(person, person);
        assertThat(claims(token).getString("agency_code")).isEqualTo(code);
        String round = openRoundOfThisYear(code, "STC");
        String draft = "{\"sections\": [{\"key\": \"I\", \"text\": \"UBND xã Tịnh Khê ban hành Kế hoạch số 12/KH-UBND về công tác dân vận chính quyền.\"}]}";
        api(token).contentType("application/json").body(draft).put("/api/v1/rounds/{round}/reports/{agency}", round, code)
                .then().statusCode(201).body("agency", equalTo(code));
        api(token).contentType("application/json").body(draft).put("/api/v1/rounds/{round}/reports/STC", round)
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("NOT_YOUR_AGENCY"));
    }

    @Test
    void aProvincesCommuneListIsAnsweredOnceStoredAndItsGroupsFollowInTheBackground() throws IOException {
        String prefix = freshCode("L");
        int communes = 250; // more than the 200 whose groups are made before the answer
        StringBuilder csv = new StringBuilder("code,name,kind,parent,validFrom\n");
        for (int i = 1; i <= communes; i++) {
            csv.append("%s-%03d,UBND xã số %d,xã,,2025-07-01\n".formatted(prefix, i, i));
        }
        api(admin).contentType("text/csv; charset=utf-8").body(csv.toString()).post("/api/v1/agencies/import")
                .then().statusCode(200).body("created", equalTo(communes)).body("applied", equalTo(true));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> groupsOf(prefix).size() == communes);
        assertThat(groupsOf(prefix).get(prefix + "-250").name()).isEqualTo("UBND xã số 250");
        // made by the follower itself, not repaired afterwards by a reconciliation that happened to run
        assertThat(Files.readAllLines(suite.reportService.log(), StandardCharsets.UTF_8)).noneMatch(line -> line.contains("AgencyGroupFollower") && line.contains(prefix + "-001"))
                .anyMatch(line -> line.contains("Keycloak groups follow the registry: " + communes + " agencies"));
    }

    @Test
    void aCommuneListGetsItsGroupsOnlyWhenLoadedAndOnlyOnce() {
        String prefix = freshCode("Q");
        StringBuilder csv = new StringBuilder("\uFEFFcode,name,kind,parent,validFrom\n");
        for (int i = 1; i <= 96; i++) {
            String kind = i <= 86 ? "XA" : i <= 95 ? "PHUONG" : "DAC_KHU";
            String word = i <= 86 ? "xã" : i <= 95 ? "phường" : "đặc khu";
            csv.append("%s-%03d,\"UBND %s số %d, tỉnh Quảng Ngãi\",%s,,2025-07-01\n".formatted(prefix, i, word, i, kind));
        }
        api(admin).contentType("text/csv; charset=utf-8").body(csv.toString()).queryParam("dryRun", true).post("/api/v1/agencies/import")
                .then().statusCode(200).body("created", equalTo(96)).body("applied", equalTo(false)).body("errors", empty());
        assertThat(groupsOf(prefix)).isEmpty();
        api(admin).get("/api/v1/agencies/{code}", prefix + "-001").then().statusCode(404);

        api(admin).contentType("text/csv; charset=utf-8").body(csv.toString()).post("/api/v1/agencies/import").then().statusCode(200).body("created", equalTo(96)).body("applied", equalTo(true));
        Map<String, AgencyGroup> loaded = groupsOf(prefix);
        assertThat(loaded).hasSize(96);
        assertThat(loaded.get(prefix + "-001").name()).isEqualTo("UBND xã số 1, tỉnh Quảng Ngãi");
        assertThat(loaded.get(prefix + "-096").name()).isEqualTo("UBND đặc khu số 96, tỉnh Quảng Ngãi");

        api(admin).contentType("text/csv; charset=utf-8").body(csv.toString()).post("/api/v1/agencies/import")
                .then().statusCode(200).body("created", equalTo(0)).body("changed", equalTo(0)).body("unchanged", equalTo(96));
        assertThat(groupsOf(prefix)).isEqualTo(loaded);
    }

    /** The agency groups whose code starts with {@code prefix}, by code, as report-service's own account lists them. */
    private static Map<String, AgencyGroup> groupsOf(String prefix) {
        return groups.groups().stream().filter(group -> group.code().startsWith(prefix + "-"))
                .collect(Collectors.toMap(AgencyGroup::code, group -> group));
    }

    @Test
    void reconcileReportsAGroupDeletedOrRenamedByHandThenRepairsIt() {
        // report-service reconciles by itself shortly after it starts: after that, nothing repairs behind this test's back
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> Files.readString(suite.reportService.log(), StandardCharsets.UTF_8).lines()
                        .anyMatch(line -> line.contains("AgencyGroupReconciler") && line.contains("asked by report-service")));
        String deleted = freshCode("XA");
        String renamed = freshCode("XA");
        add(deleted, "UBND xã Nghĩa Kỳ");
        add(renamed, "UBND xã Hành Thiện");
        realm().groups().group(group(deleted).orElseThrow().getId()).remove();
        GroupRepresentation changedByHand = realm().groups().group(group(renamed).orElseThrow().getId()).toRepresentation();
        changedByHand.getAttributes().put("agency_name", List.of("Xã Hành Thiện (cũ)"));
        realm().groups().group(changedByHand.getId()).update(changedByHand);

        api(admin).queryParam("dryRun", true).post(RECONCILE).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("repaired", equalTo(false))
                .body("missing", contains(deleted))
                .body("renamed.code", contains(renamed)).body("renamed[0].from", equalTo("Xã Hành Thiện (cũ)")).body("renamed[0].to", equalTo("UBND xã Hành Thiện"));
        assertThat(group(deleted)).isEmpty();

        api(admin).post(RECONCILE).then().statusCode(200).body("repaired", equalTo(true)).body("missing", contains(deleted));
        assertThat(group(deleted).orElseThrow().getAttributes())
                .containsEntry("agency_code", List.of(deleted)).containsEntry("agency_name", List.of("UBND xã Nghĩa Kỳ"));
        assertThat(group(renamed).orElseThrow().getAttributes()).containsEntry("agency_name", List.of("UBND xã Hành Thiện"));

        api(admin).queryParam("dryRun", true).post(RECONCILE).then().statusCode(200)
                .body("missing", empty()).body("renamed", empty()).body("extra", not(hasItem(deleted)));
        api(suite.tokens.forDemoUser("bob")).post(RECONCILE).then().statusCode(403);
    }

    @Test
    void theSuccessorsPersonReadsThePredecessorsReportOfTheRoundButCannotChangeIt() {
        String hoa = suite.tokens.forDemoUser("hoa");
        assertThat(claims(hoa).getString("agency_code")).isEqualTo("SDTTG");
        String round = SuiteRounds.open(suite, suite.tokens.forDemoUser("bob"), "2099-12-31", List.of("BDT", "STC"));
        String bdt = "/api/v1/rounds/" + round + "/reports/BDT";
        api(suite.tokens.forDemoUser("alice")).contentType("application/json").body("{\"nilReport\": true}").post(bdt + "/submissions")
                .then().statusCode(201);

        api(hoa).get(bdt).then().statusCode(200).body("agency", equalTo("BDT")).body("status", equalTo("SUBMITTED")).body("version", equalTo(1));
        api(hoa).contentType("application/json").body("{\"sections\": [{\"key\": \"I\", \"text\": \"Sở Dân tộc và Tôn giáo sửa báo cáo.\"}]}").put(bdt)
                .then().statusCode(403).body("code", equalTo("NOT_YOUR_AGENCY"));
        api(hoa).post(bdt + "/submit").then().statusCode(403);
        api(hoa).get("/api/v1/rounds/" + round + "/reports/STC").then().statusCode(403);
    }
}
