package vn.gov.quangngai.baocao.report.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gov.quangngai.baocao.report.api.AgencyRequest;
import vn.gov.quangngai.baocao.report.api.AgencyUpdateRequest;
import vn.gov.quangngai.baocao.report.repository.AgencyRepository;
import vn.gov.quangngai.baocao.support.body.BodyRule;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** An agency's parent is another agency of the registry. */
final class AgencyRequestRules {

    private AgencyRequestRules() {
    }

    static void checkParent(AgencyRepository agencies, String parent, String self, Locale locale, List<Problem.FieldError> problems) {
        if (parent == null || parent.isBlank()) {
            return;
        }
        String code = parent.strip();
        if (code.equals(self) || agencies.findByIdOptional(code).isEmpty()) {
            problems.add(ReportRequestCheck.problem("/parent", Msg.of("report.agency.parentUnknown", code), locale));
        }
    }

    /** For a new agency. */
    @ApplicationScoped
    public static class Create implements BodyRule<AgencyRequest> {

        private final AgencyRepository agencies;

        public Create(AgencyRepository agencies) {
            this.agencies = agencies;
        }

        @Override
        public Class<AgencyRequest> type() {
            return AgencyRequest.class;
        }

        @Override
        @Transactional
        public void check(AgencyRequest body, Map<String, String> path, Locale locale, List<Problem.FieldError> problems) {
            checkParent(agencies, body.parent(), body.code(), locale, problems);
        }
    }

    /** For a renamed agency: the code in the path is itself. */
    @ApplicationScoped
    public static class Update implements BodyRule<AgencyUpdateRequest> {

        private final AgencyRepository agencies;

        public Update(AgencyRepository agencies) {
            this.agencies = agencies;
        }

        @Override
        public Class<AgencyUpdateRequest> type() {
            return AgencyUpdateRequest.class;
        }

        @Override
        @Transactional
        public void check(AgencyUpdateRequest body, Map<String, String> path, Locale locale, List<Problem.FieldError> problems) {
            checkParent(agencies, body.parent(), path.get("code"), locale, problems);
        }
    }
}
