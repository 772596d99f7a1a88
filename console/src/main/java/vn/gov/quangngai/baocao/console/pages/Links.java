package vn.gov.quangngai.baocao.console.pages;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import vn.gov.quangngai.baocao.console.view.Notice;

/** Where the pages send people after an action, built with every path part encoded. */
final class Links {

    private Links() {
    }

    static URI board(String round, Notice notice) {
        return withNotice(UriBuilder.fromPath("/rounds/{round}"), notice).build(round);
    }

    static URI report(String round, String agency, Notice notice) {
        return withNotice(UriBuilder.fromPath("/rounds/{round}/reports/{agency}"), notice).build(round, agency);
    }

    static URI summary(String round, String basis, Notice notice) {
        UriBuilder link = UriBuilder.fromPath("/rounds/{round}/summary");
        if (basis != null) {
            link.queryParam("basis", basis);
        }
        return withNotice(link, notice).build(round);
    }

    private static UriBuilder withNotice(UriBuilder link, Notice notice) {
        return notice == null ? link : link.queryParam("notice", notice.key());
    }
}
