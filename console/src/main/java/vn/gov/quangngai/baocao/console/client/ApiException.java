package vn.gov.quangngai.baocao.console.client;

import java.util.Optional;
import vn.gov.quangngai.baocao.console.client.model.Problem;

/** A service answered with an error status; carries its problem+json when it sent one. */
public class ApiException extends RuntimeException {

    private final ServicePart part;
    private final int status;
    private final transient Problem problem;

    public ApiException(ServicePart part, int status, Problem problem) {
        super(part + " answered " + status + (problem == null ? "" : " " + problem.code() + ": " + problem.detail()));
        this.part = part;
        this.status = status;
        this.problem = problem;
    }

    public ServicePart part() {
        return part;
    }

    public int status() {
        return status;
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    /** The problem's error code, e.g. PRECONDITION_FAILED, or empty when the answer had none. */
    public String code() {
        return problem == null || problem.code() == null ? "" : problem.code();
    }
}
