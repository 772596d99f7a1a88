package vn.gov.quangngai.baocao.report.shared;

import vn.gov.quangngai.baocao.support.i18n.Msg;

/** Where an agency's report stands in a round. */
public enum ReportStatus {
    NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** The agency may replace its draft: before submitting, or after SNV returned the report. */
    public boolean isEditable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }

    /** The agency may submit what it drafted. */
    public boolean isSubmittable() {
        return this == DRAFT || this == RETURNED;
    }

    /** The status as people read it (Đã nộp, Bị trả lại, …), in the caller's language. */
    public Msg word() {
        return Msg.of("report.status." + name());
    }
}
