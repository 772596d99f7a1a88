package vn.gov.quangngai.baocao.console.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Posting the console's forms as a browser does: with the CSRF token of the cookie the page set. */
public final class Forms {

    public static final String CSRF = "csrf-token";

    private Forms() {
    }

    /** A request carrying the CSRF cookie and form field that reading {@code page} gave. */
    public static RequestSpecification from(String page) {
        Response read = given().redirects().follow(false).get(page);
        String token = read.getCookie(CSRF);
        if (token == null) {
            throw new AssertionError(page + " set no CSRF cookie (status " + read.statusCode() + ")");
        }
        return given().redirects().follow(false).cookie(CSRF, token).formParam(CSRF, token).contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }
}
