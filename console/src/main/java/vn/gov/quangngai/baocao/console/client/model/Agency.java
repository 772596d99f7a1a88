package vn.gov.quangngai.baocao.console.client.model;

/** A member agency of the registry; kind is SO, BAN, NGANH or a level of local government. */
public record Agency(String code, String name, String parent, String kind) {
}
