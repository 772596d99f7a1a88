package vn.gov.quangngai.baocao.report.service;

import java.util.List;

/** Fired when a registry change commits: the agencies whose name or existence changed, for whoever keeps a copy (Keycloak's groups). */
public record RegistryChanged(List<String> codes) {
}
