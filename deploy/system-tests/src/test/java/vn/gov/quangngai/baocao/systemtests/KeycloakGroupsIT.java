package vn.gov.quangngai.baocao.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ForbiddenException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import vn.gov.quangngai.baocao.identity.RealmDefinition;
import vn.gov.quangngai.baocao.report.onboarding.AgencyGroup;
import vn.gov.quangngai.baocao.report.onboarding.GroupDrift;
import vn.gov.quangngai.baocao.report.onboarding.KeycloakGroups;

/**
 * report-service's agency groups against the real Keycloak, through the very account report-service
 * uses (report-service-admin): what it may do, and what it may not.
 */
class KeycloakGroupsIT {

    private static Suite suite;
    private static Keycloak admin;
    private static KeycloakGroups groups;

    @BeforeAll
    static void connect() {
        suite = Suite.get();
        admin = ReportServiceAdmin.connect(suite);
        groups = new KeycloakGroups(admin, "baocao");
    }

    @AfterAll
    static void close() {
        admin.close();
    }

    /** A code no other test uses, so that groups made here stay out of their way. */
    private static String freshCode() {
        return "ZZ" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void listsTheRealmsAgencyGroupsWithTheirCodesAndNames() {
        Map<String, String> realm = new HashMap<>();
        RealmDefinition.production().json().get("groups")
                .forEach(group -> realm.put(group.get("name").asText(), group.at("/attributes/agency_name/0").asText()));

        Map<String, String> listed = groups.groups().stream().collect(Collectors.toMap(AgencyGroup::code, AgencyGroup::name));

        assertThat(listed).containsAllEntriesOf(realm);
        assertThat(groups.groups()).allSatisfy(group -> assertThat(group.id()).isNotBlank());
    }

    @Test
    void ensureGroupCreatesOnceThenPutsTheRegistrysNameOnIt() {
        String code = freshCode();

        String id = groups.ensureGroup(code, Normalizer.normalize("UBND xã Ba Vì", Normalizer.Form.NFD));
        assertThat(groups.ensureGroup(code, "UBND xã Ba Vì")).isEqualTo(id);
        assertThat(groups.ensureGroup(code, "UBND xã Ba Vì (mới)")).isEqualTo(id);

        assertThat(groups.groups()).filteredOn(group -> group.code().equals(code))
                .containsExactly(new AgencyGroup(id, code, "UBND xã Ba Vì (mới)"));
        var stored = admin.realm("baocao").groups().group(id).toRepresentation();
        assertThat(stored.getAttributes()).containsEntry("agency_code", List.of(code)).containsEntry("agency_name", List.of("UBND xã Ba Vì (mới)"));
        assertThat(stored.getPath()).isEqualTo("/" + code);
    }

    @Test
    void reconcileReportsDriftCreatesAndRenamesButRemovesNothing() {
        String renamedCode = freshCode();
        String missingCode = freshCode();
        groups.ensureGroup(renamedCode, "Sở Nông nghiệp và Phát triển nông thôn");
        int before = groups.groups().size();
        Map<String, String> registry = Map.of(renamedCode, "Sở Nông nghiệp và Môi trường", missingCode, "Đặc khu Lý Sơn");

        GroupDrift dryRun = groups.reconcile(registry, true);
        assertThat(dryRun.missing()).containsExactly(missingCode);
        assertThat(dryRun.renamed()).containsExactly(new GroupDrift.Renamed(renamedCode, "Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường"));
        assertThat(dryRun.extra()).contains("BDT", "STC", "MINHLONG").doesNotContain(renamedCode, missingCode);
        assertThat(groups.groups()).hasSize(before);

        assertThat(groups.reconcile(registry, false)).isEqualTo(dryRun);
        GroupDrift after = groups.reconcile(registry, true);
        assertThat(after.inStep()).isTrue();
        assertThat(after.extra()).isEqualTo(dryRun.extra());
        assertThat(groups.groups()).hasSize(before + 1)
                .contains(new AgencyGroup(groups.ensureGroup(missingCode, "Đặc khu Lý Sơn"), missingCode, "Đặc khu Lý Sơn"));
    }

    @Test
    void reportServicesAccountCannotChangeTheRealmOrGrantItselfMore() {
        RealmResource realm = admin.realm("baocao");
        RealmRepresentation settings = new RealmRepresentation();
        settings.setDisplayName("taken over");
        assertThatThrownBy(() -> realm.update(settings)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> realm.roles().create(new RoleRepresentation("superuser", "", false))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> realm.roles().get("reviewer").toRepresentation()).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> realm.getEvents()).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> realm.getAdminEvents()).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> realm.keys().getKeyMetadata()).isInstanceOf(ForbiddenException.class);
        IdentityProviderRepresentation provider = new IdentityProviderRepresentation();
        provider.setAlias("stranger");
        provider.setProviderId("oidc");
        try (var refused = realm.identityProviders().create(provider)) {
            assertThat(refused.getStatus()).isEqualTo(403);
        }
        assertThatThrownBy(() -> admin.realm("master").users().list()).isInstanceOf(ForbiddenException.class);

        UserRepresentation self = realm.users().searchByUsername("service-account-" + ReportServiceAdmin.CLIENT_ID, true).get(0);
        ClientRepresentation realmManagement = realm.clients().findByClientId("realm-management").get(0);
        for (String more : List.of("realm-admin", "manage-realm", "view-events", "impersonation")) {
            RoleRepresentation role = realm.clients().get(realmManagement.getId()).roles().get(more).toRepresentation();
            assertThatThrownBy(() -> realm.users().get(self.getId()).roles().clientLevel(realmManagement.getId()).add(List.of(role)))
                    .as(more).isInstanceOf(ForbiddenException.class);
        }
        UserRepresentation dang = realm.users().searchByUsername("dang", true).get(0);
        assertThatThrownBy(() -> realm.users().get(dang.getId()).impersonate()).isInstanceOf(ForbiddenException.class);
    }
}
