package vn.gov.quangngai.baocao.support.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.support.i18n.Languages;

class RequestTargetTest {

    private static String problem(String target) {
        int question = target.indexOf('?');
        var problem = RequestTarget.problem(target, question < 0 ? target : target.substring(0, question), question < 0 ? null : target.substring(question + 1));
        return problem == null ? null : problem.in(Languages.ENGLISH);
    }

    @Test
    void aCleanTargetWithEscapedVietnameseTextPasses() {
        assertThat(problem("/api/v1/rounds/DVCQ-2021/reports/BDT")).isNull();
        assertThat(problem("/api/v1/rounds?status=OPEN&q=S%E1%BB%9F+N%E1%BB%99i+v%E1%BB%A5")).isNull();
    }

    @Test
    void aNulInThePathIsRefusedBeforeItReachesTheDatabase() {
        assertThat(problem("/api/v1/rounds/%00")).contains("The path").contains("U+0000");
        assertThat(problem("/api/v1/rounds/A%00B/reports/BDT")).contains("U+0000");
    }

    @Test
    void aControlCharacterInTheQueryIsRefused() {
        assertThat(problem("/api/v1/rounds?status=%00")).contains("query string").contains("U+0000");
        assertThat(problem("/api/v1/rounds?status=A%0AB")).contains("U+000A");
        assertThat(problem("/api/v1/rounds?status=%C2%85")).as("a C1 control (NEL)").contains("U+0085");
    }

    @Test
    void aBrokenPercentEscapeIsRefused() {
        assertThat(problem("/api/v1/rounds/%zz")).contains("'%'");
        assertThat(problem("/api/v1/rounds/%4")).contains("'%'");
        assertThat(problem("/api/v1/rounds?page=%")).contains("'%'");
    }

    @Test
    void escapesThatAreNotUtf8AreRefused() {
        assertThat(problem("/api/v1/rounds/%C3%28")).contains("UTF-8");
        assertThat(problem("/api/v1/rounds/%FF")).contains("UTF-8");
    }

    @Test
    void theProblemIsWrittenInVietnameseByDefault() {
        assertThat(RequestTarget.problem("/api/v1/rounds/%00", "/api/v1/rounds/%00", null).in(Languages.VIETNAMESE))
                .isEqualTo("Đường dẫn chứa ký tự điều khiển (U+0000).");
        assertThat(RequestTarget.problem("/a/%zz", "/a/%zz", null).in(Languages.VIETNAMESE)).contains("'%'");
    }

    @Test
    void charactersThatAUriMayNotHoldAreRefused() {
        assertThat(problem("/api/v1/rounds/a|b")).contains("not a valid URI");
        assertThat(problem("/api/v1/rounds/{code}")).contains("not a valid URI");
    }
}
