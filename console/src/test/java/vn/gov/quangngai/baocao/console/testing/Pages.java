package vn.gov.quangngai.baocao.console.testing;

import static io.restassured.RestAssured.given;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reading a console page as a browser would, parsed for its elements. */
public final class Pages {

    private Pages() {
    }

    /** The page at {@code path}, which must answer 200. */
    public static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
    }
}
