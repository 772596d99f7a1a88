package vn.gov.quangngai.baocao.report.domain;

/** Who did something, as the audit trail names them. */
public record Actor(String subject, String username, String name) {
}
