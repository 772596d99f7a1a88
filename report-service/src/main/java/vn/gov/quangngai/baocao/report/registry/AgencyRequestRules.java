package vn.gov.quangngai.baocao.report.registry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gov.quangngai.baocao.support.body.BodyRule;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** A new agency's name holds no control characters, as in a registry change or a list. */
@ApplicationScoped
public class AgencyRequestRules implements BodyRule<AgencyRequest> {

    @Override
    public Class<AgencyRequest> type() {
        return AgencyRequest.class;
    }

    @Override
    public void check(AgencyRequest body, Map<String, String> path, Locale locale, List<Problem.FieldError> problems) {
        AgencyNameRule.check(body.name(), "/name", locale, problems);
    }
}
