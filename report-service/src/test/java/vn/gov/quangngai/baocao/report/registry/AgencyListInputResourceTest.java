package vn.gov.quangngai.baocao.report.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

/** What a list of agencies, a registry change or a new agency may hold: refused line by line or field by field, never a server error. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AgencyListInputResourceTest {

    private static final String HEADER = "code,name,kind,parent,validFrom\n";

    private static Response importing(byte[] csv) {
        return given().auth().oauth2(Actors.ADMIN).contentType("text/csv").body(csv).when().post("/api/v1/agencies/import");
    }

    private static Response importing(String csv) {
        return importing(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLineWithANulOrAnImpossibleYearOrAControlCharacterIsALineError() {
        String csv = HEADER + "IN-OK,UBND xã Tốt,XA,,2025-07-01\n"
                + "IN-NUL,UBND xã \u0000Không,XA,,2025-07-01\n"
                + "IN-YEAR,UBND xã Xa,XA,,+999999999-12-31\n"
                + "IN-C1,UBND xã \u0085Một,XA,,2025-07-01\n"
                + "IN-DEL,UBND xã \u007FHai,XA,,2025-07-01\n"
                + "IN-TAB,\"UBND xã\tBa\",XA,,2025-07-01\n"
                + "IN-PARENT,UBND xã Bốn,XA,IN\u0000P,2025-07-01\n";
        importing(csv).then().statusCode(200).body("applied", equalTo(false)).body("errors.line", contains(3, 4, 5, 6, 7, 8));
        given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/IN-OK").then().statusCode(404);
    }

    @Test
    void aFileNotInUtf8IsRefusedAtTheLineOfItsFirstBadByte() {
        String text = HEADER + "IN-LATIN1,UBND xa Thu,XA,,2025-07-01\nIN-LATIN2,Sở Tư pháp,SO,,2025-07-01\n";
        for (Charset legacy : new Charset[] {Charset.forName("windows-1258"), StandardCharsets.ISO_8859_1}) {
            importing(text.replace("ở", legacy == StandardCharsets.ISO_8859_1 ? "ô" : "ở").getBytes(legacy)).then().statusCode(200)
                    .body("applied", equalTo(false)).body("errors", hasSize(1)).body("errors[0].line", equalTo(3))
                    .body("errors[0].message", containsString("UTF-8"));
        }
        given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/IN-LATIN1").then().statusCode(404);
        byte[] bom = ("\uFEFF" + HEADER + "IN-BOM,UBND xã Có BOM,xã,,2025-07-01\n").getBytes(StandardCharsets.UTF_8);
        importing(bom).then().statusCode(200).body("applied", equalTo(true)).body("created", equalTo(1));
        given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/IN-BOM").then().body("name", equalTo("UBND xã Có BOM"));
    }

    @Test
    void kindsAreTakenAsPeopleWriteThem() {
        String[][] words = {{"xã", "XA"}, {"Phường", "PHUONG"}, {"Sở", "SO"}, {"UBND xã", "XA"}, {"xa", "XA"}, {"phuong", "PHUONG"},
                {"PHƯỜNG", "PHUONG"}, {"Đặc khu", "DAC_KHU"}, {"dac khu", "DAC_KHU"}, {"UBND huyện", "HUYEN"}, {"thị xã", "HUYEN"},
                {"ngành", "NGANH"}, {"Ban", "BAN"}, {"dac_khu", "DAC_KHU"}, {"xa", "XA"}};
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < words.length; i++) {
            csv.append("IN-KIND-%d,Cơ quan %d,%s,,2025-07-01\n".formatted(i, i, words[i][0]));
        }
        importing(csv.toString()).then().statusCode(200).body("applied", equalTo(true)).body("created", equalTo(words.length));
        for (int i = 0; i < words.length; i++) {
            given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/IN-KIND-" + i).then().body("kind", equalTo(words[i][1]));
        }
        importing(HEADER + "IN-KIND-X,Cơ quan,thôn,,2025-07-01\n").then().body("errors[0].line", equalTo(2));
    }

    @Test
    void anAgencyCannotBecomeItsOwnParent() {
        given().auth().oauth2(Actors.ADMIN).contentType("application/json").body("""
                {"type": "RENAME", "effective": "2026-01-01", "basis": "Quyết định thử", "code": "STP", "name": "Sở Tư pháp", "parent": "STP"}""")
                .when().post("/api/v1/agencies/changes").then().statusCode(422).body("errors[0].pointer", equalTo("/parent"));
        importing(HEADER + "STP,Sở Tư pháp,SO,STP,2026-01-01\n").then().statusCode(200).body("applied", equalTo(false))
                .body("errors[0].line", equalTo(2));
        given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/STP").then().body("periods", hasSize(1)).body("parent", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aNameWithAControlCharacterIsRefusedAtItsPointerEverywhere() {
        for (String bad : new String[] {"Sở\u0085Mới", "Sở\tMới", "Sở\nMới", "Sở\u007FMới", "Sở\u2028Mới"}) {
            String name = bad.replace("\t", "\\t").replace("\n", "\\n");
            given().auth().oauth2(Actors.ADMIN).contentType("application/json").body("""
                    {"type": "CREATE", "effective": "2026-01-01", "basis": "Quyết định thử", "code": "IN-CTRL", "name": "%s", "kind": "SO"}""".formatted(name))
                    .when().post("/api/v1/agencies/changes").then().statusCode(422).body("errors.pointer", contains("/name"));
            given().auth().oauth2(Actors.ADMIN).contentType("application/json").body("""
                    {"type": "MERGE", "effective": "2026-01-01", "basis": "Quyết định thử", "from": ["STP"], "into": {"code": "IN-CTRL", "name": "%s", "kind": "SO"}}"""
                            .formatted(name))
                    .when().post("/api/v1/agencies/changes").then().statusCode(422).body("errors.pointer", contains("/into/name"));
            given().auth().oauth2(Actors.ADMIN).contentType("application/json").body("{\"code\": \"IN-CTRL\", \"name\": \"%s\", \"kind\": \"SO\"}".formatted(name))
                    .when().post("/api/v1/agencies").then().statusCode(422).body("errors.pointer", contains("/name"));
            given().auth().oauth2(Actors.ADMIN).contentType("application/json").body("{\"name\": \"%s\", \"kind\": \"SO\"}".formatted(name))
                    .when().put("/api/v1/agencies/STP").then().statusCode(422).body("errors.pointer", contains("/name"));
        }
        given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/IN-CTRL").then().statusCode(404);
    }
}
