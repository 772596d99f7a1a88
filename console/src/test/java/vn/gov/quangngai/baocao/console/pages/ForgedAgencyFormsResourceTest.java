package vn.gov.quangngai.baocao.console.pages;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.quangngai.baocao.console.testing.ServicesStub;

/** An agency's officer's own forms (draft, import, submit) posted from another site: refused, nothing sent to report-service. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStub.class)
@TestSecurity(user = "alice", roles = "submitter")
@OidcSecurity(claims = {@Claim(key = "name", value = "Alice Nguyễn Thị"), @Claim(key = "preferred_username", value = "alice"),
        @Claim(key = "agency_code", value = "BDT"), @Claim(key = "agency_name", value = "Ban Dân tộc"),
        @Claim(key = "sub", value = "alice-id"), @Claim(key = "sid", value = "alices-session")})
class ForgedAgencyFormsResourceTest extends ForgedForms {

    static Stream<Form> forms() {
        return AGENCY_FORMS.stream();
    }

    @Override
    String subject() {
        return "alice-id";
    }

    @Override
    String session() {
        return "alices-session";
    }

    @ParameterizedTest
    @MethodSource("forms")
    void aForgedFormWithAPlantedCookieAndTheSameValueInTheFormIsRefusedAndNothingIsDone(Form form) {
        refusesAPlantedCookieWithTheSameValueInTheForm(form);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void aFormWithoutATokenIsRefusedAndNothingIsDone(Form form) {
        refusesAFormWithoutAToken(form);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void aTokenFromAnotherSessionOfTheSamePersonIsRefusedAndNothingIsDone(Form form) {
        refusesATokenFromAnotherSessionOfTheSamePerson(form);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void aTokenFromAnotherPersonsPageIsRefusedAndNothingIsDone(Form form) {
        refusesATokenFromAnotherPersonsPage(form);
    }
}
