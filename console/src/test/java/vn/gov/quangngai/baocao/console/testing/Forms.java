package vn.gov.quangngai.baocao.console.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;

/** Posting the console's forms as a browser does: with the token the page's forms carry for the signed-in session. */
public final class Forms {

    public static final String CSRF = "csrf-token";

    private Forms() {
    }

    /** A request carrying the form token that reading {@code page} gave. */
    public static RequestSpecification from(String page) {
        String token = token(page);
        return given().redirects().follow(false).formParam(CSRF, token).contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    /** A multipart form (a file upload) carrying the form token that reading {@code page} gave. */
    public static RequestSpecification multipartFrom(String page) {
        return given().redirects().follow(false).multiPart(CSRF, token(page));
    }

    /** The token in the forms of {@code page}, as the signed-in person reads it. */
    public static String token(String page) {
        Response read = given().redirects().follow(false).get(page);
        String token = Jsoup.parse(read.asString()).select("form[method=post] input[name=" + CSRF + "]").val();
        if (token.isBlank()) {
            throw new AssertionError(page + " has no form with a token (status " + read.statusCode() + ")");
        }
        return token;
    }
}
