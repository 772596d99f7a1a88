package vn.gov.quangngai.baocao.support.problem;

import java.util.List;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;

/**
 * A failure the API answers as a problem with a catalogued code; thrown by services, mapped once.
 * Its detail is a catalogue message, written in the caller's language when the answer is built;
 * {@link #getMessage()} is the English text, for logs.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final Msg detail;
    private final String literalDetail;
    private final List<Problem.FieldError> errors;
    private final String reason;

    public ApiException(ErrorCode code, Msg detail) {
        this(code, detail, List.of(), null);
    }

    public ApiException(ErrorCode code, Msg detail, List<Problem.FieldError> errors) {
        this(code, detail, errors, null);
    }

    /** With a machine-readable {@code reason} that refines the code (e.g. why a status change was refused). */
    public ApiException(ErrorCode code, Msg detail, List<Problem.FieldError> errors, String reason) {
        super(detail.in(Languages.ENGLISH));
        this.code = code;
        this.detail = detail;
        this.literalDetail = null;
        this.errors = List.copyOf(errors);
        this.reason = reason;
    }

    /** With a detail already written, in one language whatever the caller's. */
    public ApiException(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    /** With a detail already written in the caller's language. */
    public ApiException(ErrorCode code, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.code = code;
        this.detail = null;
        this.literalDetail = detail;
        this.errors = List.copyOf(errors);
        this.reason = null;
    }

    public ErrorCode code() {
        return code;
    }

    /** The problem, in the language of the request being served. */
    public Problem problem() {
        String text = detail == null ? literalDetail : detail.in(Languages.current());
        return Problem.of(code, text, errors).withReason(reason);
    }
}
