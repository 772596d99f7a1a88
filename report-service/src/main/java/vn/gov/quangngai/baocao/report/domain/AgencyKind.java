package vn.gov.quangngai.baocao.report.domain;

/** What kind of body a member agency is: a department (sở), a committee (ban), a sector body (ngành), a district people's committee. */
public enum AgencyKind {
    SO, BAN, NGANH, HUYEN
}
