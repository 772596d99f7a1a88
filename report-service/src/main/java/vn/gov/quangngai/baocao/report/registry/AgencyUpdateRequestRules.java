package vn.gov.quangngai.baocao.report.registry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gov.quangngai.baocao.support.body.BodyRule;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** An agency's new name holds no control characters, as in a registry change or a list. */
@ApplicationScoped
public class AgencyUpdateRequestRules implements BodyRule<AgencyUpdateRequest> {

    @Override
    public Class<AgencyUpdateRequest> type() {
        return AgencyUpdateRequest.class;
    }

    @Override
    public void check(AgencyUpdateRequest body, Map<String, String> path, Locale locale, List<Problem.FieldError> problems) {
        AgencyNameRule.check(body.name(), "/name", locale, problems);
    }
}
