package vn.gov.quangngai.baocao.report.reports;

import vn.gov.quangngai.baocao.report.shared.ReportStatus;

/**
 * Why a status change was refused, for clients to act on ({@code reason} of an INVALID_TRANSITION
 * problem): "no draft yet" asks for a PUT, "already submitted" for nothing at all.
 */
public enum TransitionRefusal {
    /** Nothing saved yet: there is no draft to submit. */
    NO_DRAFT,
    /** A draft never submitted: there is nothing to review. */
    NOT_SUBMITTED,
    /** Submitted and waiting for review. */
    ALREADY_SUBMITTED,
    /** Returned and waiting for the agency's correction. */
    ALREADY_RETURNED,
    /** Accepted by Sở Nội vụ. */
    ALREADY_ACCEPTED;

    /** The refusal that a report in {@code status} meets. */
    public static TransitionRefusal of(ReportStatus status) {
        return switch (status) {
            case NOT_STARTED -> NO_DRAFT;
            case DRAFT -> NOT_SUBMITTED;
            case SUBMITTED -> ALREADY_SUBMITTED;
            case RETURNED -> ALREADY_RETURNED;
            case ACCEPTED -> ALREADY_ACCEPTED;
        };
    }
}
