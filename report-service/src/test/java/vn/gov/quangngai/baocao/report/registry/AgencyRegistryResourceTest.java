package vn.gov.quangngai.baocao.report.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.report.testing.Rounds;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;
import vn.gov.quangngai.baocao.support.testing.TestTokens;

/** The registry over time: the 2025 reorganisation shipped as data, read as of a day, changes recorded with dates, rounds that keep their names. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AgencyRegistryResourceTest {

    private static final String ADMIN = TestTokens.forService("report-service").person("admin", null, null, "admin");

    @Inject
    RegistryChangeSets changeSets;

    private static List<String> codesOn(String day) {
        return given().auth().oauth2(Actors.VERA_VIEWER).queryParam("asOf", day).queryParam("size", 500).when().get("/api/v1/agencies")
                .then().statusCode(200).extract().jsonPath().getList("items.code");
    }

    @Test
    void the2021ProvinceAndTodaysAreBothThere() {
        assertThat(codesOn("2021-12-31")).hasSize(32).contains("BDT", "SKHDT", "MINHLONG", "LYSON").doesNotContain("SDTTG", "SNNMT");
        assertThat(codesOn("2025-07-01")).contains("SDTTG", "SNNMT", "STC", "SNV", "SXD", "SKHCN", "DKLYSON")
                .doesNotContain("BDT", "SKHDT", "SLDTBXH", "SGTVT", "STNMT", "SNNPTNT", "STTTT", "TPQN", "MINHLONG", "LYSON");
        assertThat(codesOn("2025-06-30")).contains("SDTTG", "MINHLONG").doesNotContain("BDT");

        given().auth().oauth2(Actors.ALICE_BDT).when().get("/api/v1/agencies/BDT").then().statusCode(200)
                .body("name", equalTo("Ban Dân tộc")).body("validTo", equalTo("2025-03-01"))
                .body("successors", contains("SDTTG")).body("periods", org.hamcrest.Matchers.hasSize(1));
        given().auth().oauth2(Actors.ALICE_BDT).when().get("/api/v1/agencies/SNNMT").then().statusCode(200)
                .body("kind", equalTo("SO")).body("validFrom", equalTo("2025-03-01")).body("predecessors", contains("SNNPTNT", "STNMT"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get("/api/v1/agencies/STC").then().statusCode(200)
                .body("predecessors", contains("SKHDT")).body("name", equalTo("Sở Tài chính"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get("/api/v1/agencies/DKLYSON").then().statusCode(200)
                .body("kind", equalTo("DAC_KHU")).body("predecessors", contains("LYSON"));
        given().auth().oauth2(Actors.ALICE_BDT).queryParam("asOf", "31/12/2021").when().get("/api/v1/agencies")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/asOf"));
    }

    @Test
    void theShippedChangeSetIsAppliedOnce() {
        assertThat(changeSets.applyAll()).isZero();
        assertThat(codesOn("2026-01-01")).doesNotContain("BDT").contains("SDTTG");
    }

    @Test
    void aDryRunSaysWhatAChangeWouldDoAndStoresNothing() {
        String merge = """
                {"type": "MERGE", "effective": "2026-01-01", "basis": "Quyết định thử nghiệm số 1/QĐ-UBND",
                 "from": ["SCT", "SYT"], "into": {"code": "SCTYT", "name": "Sở Công Thương và Y tế", "kind": "SO"}}""";
        given().auth().oauth2(ADMIN).queryParam("dryRun", true).contentType("application/json").body(merge).when().post("/api/v1/agencies/changes")
                .then().statusCode(200).body("dryRun", equalTo(true)).body("created", contains("SCTYT"))
                .body("ended.code", containsInAnyOrder("SCT", "SYT")).body("ended[0].validTo", equalTo("2026-01-01"))
                .body("successions.predecessor", containsInAnyOrder("SCT", "SYT"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get("/api/v1/agencies/SCTYT").then().statusCode(404).body("code", equalTo("AGENCY_NOT_FOUND"));
        assertThat(codesOn("2026-06-01")).contains("SCT", "SYT");
    }

    @Test
    void impossibleChangesAreNamedTogether() {
        given().auth().oauth2(ADMIN).contentType("application/json").body("""
                {"type": "MERGE", "effective": "2026-01-01", "basis": "x", "from": ["BDT", "NOPE", "SCT", "SCT"], "into": {"code": "SKHCN"}, "code": "SCT"}""")
                .when().post("/api/v1/agencies/changes")
                .then().statusCode(422).body("errors.pointer", hasItems("/code"));
        given().auth().oauth2(ADMIN).contentType("application/json").body("""
                {"type": "MERGE", "effective": "2026-01-01", "basis": "x", "from": ["BDT", "NOPE", "SCT", "SCT"], "into": {"code": "SKHCN"}}""")
                .when().post("/api/v1/agencies/changes")
                .then().statusCode(422).body("errors.pointer", containsInAnyOrder("/from/0", "/from/1", "/from/3"));
        given().auth().oauth2(ADMIN).contentType("application/json").body("""
                {"type": "CREATE", "effective": "2026-01-01", "basis": "x", "code": "STC", "name": "Sở Tài chính 2", "kind": "SO"}""")
                .when().post("/api/v1/agencies/changes").then().statusCode(422).body("errors[0].pointer", equalTo("/code"));
        given().auth().oauth2(ADMIN).contentType("application/json").body("""
                {"type": "RENAME", "effective": "2024-01-01", "basis": "x", "code": "SDTTG", "name": "Sở cũ"}""")
                .when().post("/api/v1/agencies/changes").then().statusCode(422).body("errors[0].pointer", equalTo("/code"));
        given().auth().oauth2(ADMIN).contentType("application/json").body("""
                {"type": "SPLIT", "effective": "2026-01-01", "basis": "x", "code": "STP", "into": {"code": "A1"}}""")
                .when().post("/api/v1/agencies/changes").then().statusCode(422).body("errors[0].pointer", equalTo("/into"));
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body("{}")
                .when().post("/api/v1/agencies/changes").then().statusCode(403);
    }

    @Test
    void aSplitAndADissolutionLinkAndEndAgencies() {
        given().auth().oauth2(ADMIN).contentType("application/json").body("""
                {"type": "SPLIT", "effective": "2026-02-01", "basis": "Quyết định thử nghiệm số 2/QĐ-UBND", "code": "BQLKKT",
                 "into": [{"code": "BQLDQ", "name": "Ban Quản lý Khu kinh tế Dung Quất", "kind": "BAN"},
                          {"code": "BQLKCN", "name": "Ban Quản lý các Khu công nghiệp Quảng Ngãi", "kind": "BAN"}]}""")
                .when().post("/api/v1/agencies/changes").then().statusCode(201).body("created", contains("BQLDQ", "BQLKCN"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get("/api/v1/agencies/BQLKKT").then().body("successors", contains("BQLDQ", "BQLKCN"))
                .body("validTo", equalTo("2026-02-01"));
        given().auth().oauth2(ADMIN).contentType("application/json").body("""
                {"type": "DISSOLVE", "effective": "2026-02-01", "basis": "Quyết định thử nghiệm số 3/QĐ-UBND", "code": "BQLDQ"}""")
                .when().post("/api/v1/agencies/changes").then().statusCode(422);
        given().auth().oauth2(ADMIN).contentType("application/json").body("""
                {"type": "DISSOLVE", "effective": "2026-03-01", "basis": "Quyết định thử nghiệm số 3/QĐ-UBND", "code": "BQLDQ"}""")
                .when().post("/api/v1/agencies/changes").then().statusCode(201).body("ended.code", contains("BQLDQ"));
        assertThat(codesOn("2026-02-15")).contains("BQLDQ", "BQLKCN").doesNotContain("BQLKKT");
        assertThat(codesOn("2026-03-01")).contains("BQLKCN").doesNotContain("BQLDQ");
    }

    @Test
    void aRoundExpectsTheAgenciesOfItsPeriodAndKeepsTheirNames() {
        String old = Rounds.open("BDT", "STC", "MINHLONG");
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body(Rounds.body(Rounds.freshCode(), "2026-12-31", "BDT", "SDTTG")
                        .replace("\"year\": 2021", "\"year\": 2026"))
                .when().post("/api/v1/rounds").then().statusCode(422)
                .body("errors[0].pointer", equalTo("/agencies/0")).body("errors[0].message", org.hamcrest.Matchers.containsString("SDTTG"));
        String now = Rounds.freshCode();
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body(Rounds.body(now, "2026-12-31", "SDTTG", "STC")
                        .replace("\"year\": 2021", "\"year\": 2026"))
                .when().post("/api/v1/rounds").then().statusCode(201).body("asOf", equalTo("2026-12-31"))
                .body("expected.name", contains("Sở Dân tộc và Tôn giáo", "Sở Tài chính"));

        given().auth().oauth2(ADMIN).contentType("application/json").body("{\"name\": \"Sở Tài chính tỉnh Quảng Ngãi\", \"kind\": \"SO\"}")
                .when().put("/api/v1/agencies/STC").then().statusCode(200);

        given().auth().oauth2(Actors.VERA_VIEWER).when().get("/api/v1/rounds/" + old).then().statusCode(200)
                .body("expected.name", contains("Ban Dân tộc", "Sở Tài chính", "UBND huyện Minh Long"));
        given().auth().oauth2(Actors.VERA_VIEWER).when().get("/api/v1/rounds/" + old + "/reports").then()
                .body("items.agencyName", contains("Ban Dân tộc", "Sở Tài chính", "UBND huyện Minh Long"));
        given().auth().oauth2(Actors.VERA_VIEWER).when().get("/api/v1/rounds/" + now + "/reports").then()
                .body("items.agencyName", contains("Sở Dân tộc và Tôn giáo", "Sở Tài chính"));
        given().auth().oauth2(Actors.VERA_VIEWER).when().get("/api/v1/agencies/STC").then().body("name", equalTo("Sở Tài chính tỉnh Quảng Ngãi"))
                .body("periods.name", hasItem("Sở Tài chính"));
    }

    @Test
    void aSuccessorReadsItsPredecessorsReportsAndChangesNothing() {
        String round = Rounds.open("BDT", "STC");
        String bdt = "/api/v1/rounds/" + round + "/reports/BDT";
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(bdt).then().statusCode(201);
        given().auth().oauth2(Actors.ALICE_BDT).post(bdt + "/submit").then().statusCode(200);

        given().auth().oauth2(Actors.HOA_SDTTG).when().get("/api/v1/rounds/" + round).then().statusCode(200);
        given().auth().oauth2(Actors.HOA_SDTTG).when().get(bdt).then().statusCode(200)
                .body("agencyName", equalTo("Ban Dân tộc")).body("indicators.find { it.code == 'II.6.models' }.value", equalTo(1));
        given().auth().oauth2(Actors.HOA_SDTTG).when().get(bdt + "/versions/1").then().statusCode(200);
        given().auth().oauth2(Actors.HOA_SDTTG).contentType("application/json").body(Rounds.BDT_DRAFT).put(bdt)
                .then().statusCode(403).body("code", equalTo("NOT_YOUR_AGENCY"));
        given().auth().oauth2(Actors.HOA_SDTTG).post(bdt + "/submit").then().statusCode(403);
        given().auth().oauth2(Actors.HOA_SDTTG).when().get("/api/v1/rounds/" + round + "/reports/STC").then().statusCode(403);
        given().auth().oauth2(Actors.HOA_SDTTG).queryParam("to", "draft").when().get(bdt + "/diff").then().statusCode(403);
    }

    @Test
    void anAgencyARoundStillExpectsCannotEndBeforeThatRoundsLastDay() {
        given().auth().oauth2(ADMIN).contentType("application/json").body("""
                {"type": "CREATE", "effective": "2020-01-01", "basis": "Quyết định số 1/QĐ-UBND", "code": "TTBC", "name": "Trung tâm Báo chí", "kind": "NGANH"}""")
                .when().post("/api/v1/agencies/changes").then().statusCode(201);
        String round = Rounds.open("TTBC");
        String dissolve = """
                {"type": "DISSOLVE", "effective": "%s", "basis": "Quyết định số 2/QĐ-UBND", "code": "TTBC"}""";
        for (String day : new String[] {"2021-06-01", "2021-12-31"}) {
            given().auth().oauth2(ADMIN).contentType("application/json").body(dissolve.formatted(day)).when().post("/api/v1/agencies/changes")
                    .then().statusCode(422).body("errors[0].pointer", equalTo("/effective"))
                    .body("errors[0].message", equalTo("kỳ báo cáo " + round + " (cuối kỳ 31/12/2021) vẫn chờ báo cáo của cơ quan TTBC: ngày hiệu lực phải sau ngày 31/12/2021"));
        }
        assertThat(codesOn("2021-12-31")).contains("TTBC");
        // a rename ends a period, not the agency: the round keeps the name it recorded
        given().auth().oauth2(ADMIN).contentType("application/json").body("""
                {"type": "RENAME", "effective": "2021-06-01", "basis": "Quyết định số 3/QĐ-UBND", "code": "TTBC", "name": "Trung tâm Báo chí tỉnh"}""")
                .queryParam("dryRun", true).when().post("/api/v1/agencies/changes").then().statusCode(200);
        given().auth().oauth2(ADMIN).contentType("application/json").body(dissolve.formatted("2022-01-01")).when().post("/api/v1/agencies/changes")
                .then().statusCode(201);
    }

    @Test
    void aCommuneListIsCheckedThenLoadedOnceAndAgainChangesNothing() {
        StringBuilder csv = new StringBuilder("\uFEFFcode,name,kind,parent,validFrom\n");
        for (int i = 1; i <= 96; i++) {
            String kind = i <= 86 ? "XA" : i <= 95 ? "PHUONG" : "DAC_KHU";
            String word = i <= 86 ? "xã" : i <= 95 ? "phường" : "đặc khu";
            csv.append("T96-%03d,\"UBND %s Thử nghiệm số %d, tỉnh Quảng Ngãi\",%s,,2025-07-01\n".formatted(i, word, i, kind));
        }
        given().auth().oauth2(ADMIN).contentType("text/csv; charset=utf-8").queryParam("dryRun", true).body(csv.toString()).when().post("/api/v1/agencies/import")
                .then().statusCode(200).body("created", equalTo(96)).body("applied", equalTo(false)).body("errors", org.hamcrest.Matchers.empty());
        assertThat(codesOn("2025-07-01")).doesNotContain("T96-001");

        given().auth().oauth2(ADMIN).contentType("text/csv; charset=utf-8").body(csv.toString()).when().post("/api/v1/agencies/import")
                .then().statusCode(200).body("created", equalTo(96)).body("applied", equalTo(true));
        assertThat(codesOn("2025-07-01")).contains("T96-001", "T96-096");
        given().auth().oauth2(ADMIN).when().get("/api/v1/agencies/T96-001").then().body("name", equalTo("UBND xã Thử nghiệm số 1, tỉnh Quảng Ngãi"));

        given().auth().oauth2(ADMIN).contentType("text/csv; charset=utf-8").body(csv.toString()).when().post("/api/v1/agencies/import")
                .then().statusCode(200).body("created", equalTo(0)).body("changed", equalTo(0)).body("unchanged", equalTo(96));
    }

    @Test
    void aListWithABadLineChangesNothingAndNamesTheLine() {
        String csv = "code,name,kind,parent,validFrom\nT97-001,UBND xã Một,XA,,2025-07-01\nT97-002,UBND xã Hai,THON,,2025-07-01\nbad,,XA,,01/07/2025\n";
        given().auth().oauth2(ADMIN).contentType("text/csv; charset=utf-8").body(csv).when().post("/api/v1/agencies/import")
                .then().statusCode(200).body("applied", equalTo(false)).body("errors.line", hasItems(3, 4));
        assertThat(codesOn("2025-07-01")).doesNotContain("T97-001");
        given().auth().oauth2(Actors.CAROL_STC).contentType("text/csv; charset=utf-8").body(csv).when().post("/api/v1/agencies/import").then().statusCode(403);
    }
}
