package vn.gov.quangngai.baocao.report.domain;

import java.util.ArrayList;
import java.util.List;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** Collects every problem of a request body, so that one answer names them all. */
public final class FieldErrors {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public void add(String pointer, String message) {
        errors.add(new Problem.FieldError(pointer, message));
    }

    public void addAll(List<Problem.FieldError> more) {
        errors.addAll(more);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<Problem.FieldError> list() {
        return List.copyOf(errors);
    }

    /** Throws a 422 naming every problem collected, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? "The request has 1 problem." : "The request has " + errors.size() + " problems.";
            throw new ApiException(ErrorCode.VALIDATION_FAILED, detail, errors);
        }
    }
}
