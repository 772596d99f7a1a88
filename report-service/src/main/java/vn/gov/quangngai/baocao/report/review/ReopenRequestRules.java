package vn.gov.quangngai.baocao.report.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.gov.quangngai.baocao.report.shared.Deadlines;
import vn.gov.quangngai.baocao.report.shared.FieldProblems;
import vn.gov.quangngai.baocao.support.body.BodyRule;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** "Reopen for one agency": {@code until}, when given, is a time or a date in the future. */
@ApplicationScoped
public class ReopenRequestRules implements BodyRule<ReopenRequest> {

    @Override
    public Class<ReopenRequest> type() {
        return ReopenRequest.class;
    }

    @Override
    public void check(ReopenRequest body, Map<String, String> path, Locale locale, List<Problem.FieldError> problems) {
        if (body.until() == null || body.until().isBlank()) {
            return;
        }
        Optional<OffsetDateTime> until = Deadlines.parse(body.until().strip());
        if (until.isEmpty()) {
            problems.add(FieldProblems.of("/until", Msg.of("report.reopen.until"), locale));
        } else if (until.get().isBefore(OffsetDateTime.now())) {
            problems.add(FieldProblems.of("/until", Msg.of("report.reopen.past"), locale));
        }
    }
}
