package vn.gov.quangngai.baocao.report.onboarding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.registry.AgencyKind;
import vn.gov.quangngai.baocao.report.registry.AgencyService;
import vn.gov.quangngai.baocao.report.registry.RegistryChange;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.report.testing.IsolatedDatabaseProfile;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

/**
 * Keycloak's agency groups following the registry, with an in-memory Keycloak that can be made to
 * fail. Runs on a database of its own: the agencies it adds stay out of the registry other tests
 * compare with the realm.
 */
@QuarkusTest
@TestProfile(IsolatedDatabaseProfile.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AgencyGroupsResourceTest {

    private static final String RECONCILE = "/api/v1/agencies/groups/reconcile";

    @Inject
    InMemoryAgencyGroups groups;

    @Inject
    AgencyService agencies;

    /** Each test starts with Keycloak up and its groups in step with the registry as it is. */
    @BeforeEach
    void groupsInStep() {
        groups.down(false);
        QuarkusTransaction.requiringNew().call(() -> agencies.groupNames(null)).forEach(groups::with);
        groups.clearWrites();
    }

    private static String freshCode() {
        return "G" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(Actors.ADMIN);
    }

    private static void add(String code, String name) {
        admin().contentType("application/json").body("{\"code\": \"%s\", \"name\": \"%s\", \"kind\": \"XA\"}".formatted(code, name))
                .when().post("/api/v1/agencies").then().statusCode(201);
    }

    private static void change(String body) {
        admin().contentType("application/json").body(body).when().post("/api/v1/agencies/changes").then().statusCode(201);
    }

    @Test
    void aNewAgencyGetsItsGroupWithTheRegistrysNameAndARenameFollows() {
        String code = freshCode();

        add(code, Normalizer.normalize("UBND xã Tịnh Khê", Normalizer.Form.NFD));
        assertThat(groups.writes()).containsExactly(code + "=UBND xã Tịnh Khê");

        admin().contentType("application/json").body("{\"name\": \"UBND xã Tịnh Khê, tỉnh Quảng Ngãi\", \"kind\": \"XA\"}")
                .when().put("/api/v1/agencies/" + code).then().statusCode(200);
        assertThat(groups.nameOf(code)).isEqualTo("UBND xã Tịnh Khê, tỉnh Quảng Ngãi");
    }

    @Test
    void datedMergesAndSplitsGiveTheNewAgenciesGroupsAndTheEndedOnesKeepTheirs() {
        String first = freshCode();
        String second = freshCode();
        String merged = freshCode();
        String north = freshCode();
        String south = freshCode();
        for (String code : new String[] {first, second}) {
            change("{\"type\": \"CREATE\", \"effective\": \"2026-01-01\", \"basis\": \"Quyết định số 1/QĐ-UBND\", \"code\": \"%s\", \"name\": \"UBND xã %s\", \"kind\": \"XA\"}"
                    .formatted(code, code));
        }
        groups.clearWrites();

        change("{\"type\": \"MERGE\", \"effective\": \"2026-03-01\", \"basis\": \"Nghị quyết số 2/NQ-HĐND\", \"from\": [\"%s\", \"%s\"], \"into\": {\"code\": \"%s\", \"name\": \"UBND xã Hợp Nhất\", \"kind\": \"XA\"}}"
                .formatted(first, second, merged));
        assertThat(groups.writes()).containsExactly(merged + "=UBND xã Hợp Nhất");

        change("{\"type\": \"SPLIT\", \"effective\": \"2026-06-01\", \"basis\": \"Nghị quyết số 3/NQ-HĐND\", \"code\": \"%s\", \"into\": [{\"code\": \"%s\", \"name\": \"UBND xã Bắc\", \"kind\": \"XA\"}, {\"code\": \"%s\", \"name\": \"UBND xã Nam\", \"kind\": \"XA\"}]}"
                .formatted(merged, north, south));
        assertThat(groups.writes()).contains(north + "=UBND xã Bắc", south + "=UBND xã Nam");
        assertThat(groups.nameOf(first)).isEqualTo("UBND xã " + first);
        assertThat(groups.nameOf(merged)).isEqualTo("UBND xã Hợp Nhất");
    }

    @Test
    void aChangeWhoseTransactionRollsBackMakesNoGroupAndOneThatCommitsDoes() {
        String code = freshCode();
        RegistryChange create = new RegistryChange.Create(LocalDate.of(2026, 1, 1), "Quyết định số 4/QĐ-UBND", code, "UBND xã Đức Hiệp", AgencyKind.XA, null);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            agencies.apply(create, null, false);
            throw new IllegalStateException("something after the change failed");
        })).hasMessageContaining("something after the change failed");
        assertThat(groups.writes()).isEmpty();
        assertThat(groups.nameOf(code)).isNull();
        given().auth().oauth2(Actors.VERA_VIEWER).when().get("/api/v1/agencies/" + code).then().statusCode(404);

        QuarkusTransaction.requiringNew().run(() -> agencies.apply(create, null, false));
        assertThat(groups.writes()).containsExactly(code + "=UBND xã Đức Hiệp");
    }

    @Test
    void aListMakesGroupsOnlyWhenItIsLoadedAndOnceOnly() {
        String prefix = freshCode();
        String csv = "code,name,kind,parent,validFrom\n%s-1,UBND xã Một,XA,,2025-07-01\n%s-2,UBND phường Hai,PHUONG,,2025-07-01\n".formatted(prefix, prefix);
        admin().contentType("text/csv; charset=utf-8").queryParam("dryRun", true).body(csv).when().post("/api/v1/agencies/import")
                .then().statusCode(200).body("created", equalTo(2));
        admin().contentType("text/csv; charset=utf-8").body(csv + prefix + "-3,UBND xã Ba,THON,,2025-07-01\n").when().post("/api/v1/agencies/import")
                .then().statusCode(200).body("applied", equalTo(false));
        assertThat(groups.writes()).isEmpty();

        admin().contentType("text/csv; charset=utf-8").body(csv).when().post("/api/v1/agencies/import")
                .then().statusCode(200).body("created", equalTo(2)).body("applied", equalTo(true));
        assertThat(groups.writes()).containsExactly(prefix + "-1=UBND xã Một", prefix + "-2=UBND phường Hai");

        admin().contentType("text/csv; charset=utf-8").body(csv).when().post("/api/v1/agencies/import")
                .then().statusCode(200).body("unchanged", equalTo(2));
        assertThat(groups.writes()).hasSize(2);
    }

    @Test
    void aKeycloakThatIsDownFailsNoRegistryChangeAndReconcileRepairsItLater() {
        String code = freshCode();
        groups.down(true);
        try (CapturedLog log = CapturedLog.start()) {
            add(code, "UBND xã Nghĩa Kỳ");
            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .contains("AgencyGroupFollower", code, "Keycloak unreachable", "POST /api/v1/agencies/groups/reconcile", "Do not make the change again"));
        }
        given().auth().oauth2(Actors.VERA_VIEWER).when().get("/api/v1/agencies/" + code).then().statusCode(200).body("name", equalTo("UBND xã Nghĩa Kỳ"));
        admin().when().post(RECONCILE).then().statusCode(503).contentType("application/problem+json").body("code", equalTo("SERVICE_UNAVAILABLE"));

        groups.down(false);
        admin().queryParam("dryRun", true).when().post(RECONCILE).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("repaired", equalTo(false))
                .body("missing", contains(code)).body("renamed", empty())
                .body("summary", equalTo("Thiếu 1 nhóm (" + code + "), 0 nhóm mang tên khác danh mục; chạy thử, chưa sửa gì."));
        assertThat(groups.writes()).isEmpty();
        assertThat(groups.nameOf(code)).isNull();

        admin().when().post(RECONCILE).then().statusCode(200).body("repaired", equalTo(true)).body("missing", contains(code));
        assertThat(groups.writes()).containsExactly(code + "=UBND xã Nghĩa Kỳ");

        admin().header("Accept-Language", "en").when().post(RECONCILE).then().statusCode(200)
                .body("repaired", equalTo(false)).body("missing", empty()).body("renamed", empty())
                .body("summary", equalTo("Keycloak's agency groups are in step with the registry."));
        assertThat(groups.writes()).hasSize(1);
    }

    @Test
    void reconcileGivesARenamedGroupTheRegistrysNameAndKeepsGroupsTheRegistryDoesNotHold() {
        String stranger = freshCode();
        groups.with("STC", "Sở Tài chính (cũ)").with(stranger, "Nhóm do người khác tạo");

        admin().header("Accept-Language", "en").queryParam("dryRun", true).when().post(RECONCILE).then().statusCode(200)
                .body("missing", empty())
                .body("renamed.code", contains("STC")).body("renamed[0].from", equalTo("Sở Tài chính (cũ)")).body("renamed[0].to", equalTo("Sở Tài chính"))
                .body("extra", hasItem(stranger))
                .body("summary", containsString("1 group(s) carrying another name than the registry's (STC); dry run, nothing changed."));
        assertThat(groups.nameOf("STC")).isEqualTo("Sở Tài chính (cũ)");

        admin().when().post(RECONCILE).then().statusCode(200).body("repaired", equalTo(true));
        assertThat(groups.nameOf("STC")).isEqualTo("Sở Tài chính");
        assertThat(groups.nameOf(stranger)).isEqualTo("Nhóm do người khác tạo");
    }

    @Test
    void onlyAdminsReconcile() {
        for (String token : new String[] {Actors.BOB_REVIEWER, Actors.ALICE_BDT, Actors.AGGREGATION_READER}) {
            given().auth().oauth2(token).when().post(RECONCILE).then().statusCode(403).contentType("application/problem+json");
        }
        assertThat(groups.writes()).isEmpty();
    }
}
