package vn.gov.quangngai.baocao.report.registry;

/**
 * What kind of body a member agency is: a department (sở), a committee (ban), a sector body
 * (ngành), a district people's committee (UBND huyện, thị xã, thành phố: until 2025), a commune or
 * ward (xã, phường) or a special zone (đặc khu: since 2025).
 */
public enum AgencyKind {
    SO, BAN, NGANH, HUYEN, XA, PHUONG, DAC_KHU
}
