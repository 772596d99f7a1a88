package vn.gov.quangngai.baocao.report.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupDriftTest {

    private static Map<String, String> registry(String... codesAndNames) {
        Map<String, String> registry = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            registry.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return registry;
    }

    @Test
    void namesMissingRenamedAndExtraGroupsSortedByCode() {
        List<AgencyGroup> groups = List.of(
                new AgencyGroup("1", "STC", "Sở Tài chính"),
                new AgencyGroup("2", "BDT", "Ban Dân tộc"),
                new AgencyGroup("3", "SKHDT", "Sở Kế hoạch và Đầu tư"),
                new AgencyGroup("4", "SGTVT", "Sở Giao thông vận tải"));

        GroupDrift drift = GroupDrift.between(registry(
                "STC", "Sở Tài chính", "SXD", "Sở Xây dựng", "SDTTG", "Sở Dân tộc và Tôn giáo", "BDT", "Ban Dân tộc tỉnh Quảng Ngãi"), groups);

        assertThat(drift.missing()).containsExactly("SDTTG", "SXD");
        assertThat(drift.renamed()).containsExactly(new GroupDrift.Renamed("BDT", "Ban Dân tộc", "Ban Dân tộc tỉnh Quảng Ngãi"));
        assertThat(drift.extra()).containsExactly("SGTVT", "SKHDT");
        assertThat(drift.inStep()).isFalse();
    }

    @Test
    void theSameNameInAnotherUnicodeFormIsNoRename() {
        String nfd = Normalizer.normalize("Sở Văn hóa, Thể thao và Du lịch", Normalizer.Form.NFD);

        GroupDrift drift = GroupDrift.between(registry("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"), List.of(new AgencyGroup("1", "SVHTTDL", nfd)));

        assertThat(drift.renamed()).isEmpty();
        assertThat(drift.inStep()).isTrue();
    }

    @Test
    void aNameLongerThanKeycloakKeepsIsInStepCutAndRenamedWhenItsStartChanges() {
        String name = "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp ".repeat(5).substring(0, 300);
        String kept = name.substring(0, 254) + "…";

        assertThat(GroupDrift.between(registry("BQLDA", name), List.of(new AgencyGroup("1", "BQLDA", kept))).inStep()).isTrue();
        GroupDrift changed = GroupDrift.between(registry("BQLDA", "Ban " + name.substring(4)), List.of(new AgencyGroup("1", "BQLDA", "Sở" + kept.substring(3))));
        assertThat(changed.renamed()).extracting(GroupDrift.Renamed::to).containsExactly(kept);
    }

    @Test
    void aGroupWithoutANameIsRenamedFromNothing() {
        GroupDrift drift = GroupDrift.between(registry("LYSON", "UBND huyện Lý Sơn"), List.of(new AgencyGroup("1", "LYSON", null)));

        assertThat(drift.renamed()).containsExactly(new GroupDrift.Renamed("LYSON", null, "UBND huyện Lý Sơn"));
    }

    @Test
    void reconcileCreatesAndRenamesButNeverRemovesAndADryRunWritesNothing() {
        InMemoryAgencyGroups groups = new InMemoryAgencyGroups().with("BDT", "Ban Dân tộc").with("SKHDT", "Sở Kế hoạch và Đầu tư");
        Map<String, String> registry = registry("BDT", "Sở Dân tộc và Tôn giáo", "SNNMT", "Sở Nông nghiệp và Môi trường");

        GroupDrift dryRun = groups.reconcile(registry, true);
        assertThat(groups.writes()).isEmpty();

        GroupDrift applied = groups.reconcile(registry, false);
        assertThat(applied).isEqualTo(dryRun);
        assertThat(groups.writes()).containsExactly("SNNMT=Sở Nông nghiệp và Môi trường", "BDT=Sở Dân tộc và Tôn giáo");
        assertThat(groups.groups()).extracting(AgencyGroup::code).contains("SKHDT");

        GroupDrift after = groups.reconcile(registry, false);
        assertThat(after.inStep()).isTrue();
        assertThat(after.extra()).containsExactly("SKHDT");
    }
}
