package vn.gov.quangngai.baocao.report.onboarding;

/** What an administrator did to an agency system's client, as the admin audit records it. */
public enum AdminAction {
    CLIENT_CREATED, SECRET_ROTATED, CLIENT_DISABLED
}
