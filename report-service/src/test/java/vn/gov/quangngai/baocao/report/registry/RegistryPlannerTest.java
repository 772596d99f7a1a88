package vn.gov.quangngai.baocao.report.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What registry changes do to periods and links, and why some cannot be made. */
class RegistryPlannerTest {

    private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 1);

    private final Map<String, List<RegistryPeriod>> registry = new HashMap<>();

    private RegistryPlannerTest with(String code, LocalDate from, LocalDate to, String name, AgencyKind kind) {
        registry.computeIfAbsent(code, c -> new ArrayList<>()).add(new RegistryPeriod(code, from, to, name, kind, null));
        return this;
    }

    private RegistryPlanner.Plan plan(RegistryChange change) {
        return RegistryPlanner.plan(change, code -> registry.getOrDefault(code, List.of()));
    }

    @Test
    void aMergeIntoANewAgencyEndsEachAndLinksThemToIt() {
        with("STNMT", null, null, "Sở Tài nguyên và Môi trường", AgencyKind.SO).with("SNNPTNT", null, null, "Sở Nông nghiệp và PTNT", AgencyKind.SO);

        RegistryPlanner.Plan plan = plan(new RegistryChange.Merge(MARCH_2025, "NQ", List.of("STNMT", "SNNPTNT"), "SNNMT", "Sở Nông nghiệp và Môi trường", AgencyKind.SO));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.ended()).extracting(RegistryPeriod::code, RegistryPeriod::validTo)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("STNMT", MARCH_2025), org.assertj.core.groups.Tuple.tuple("SNNPTNT", MARCH_2025));
        assertThat(plan.begun()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("SNNMT");
            assertThat(p.validFrom()).isEqualTo(MARCH_2025);
        });
        assertThat(plan.links()).containsExactlyInAnyOrder(new RegistryPlanner.Link("STNMT", "SNNMT"), new RegistryPlanner.Link("SNNPTNT", "SNNMT"));
        assertThat(plan.created()).containsExactly("SNNMT");
    }

    @Test
    void aMergeIntoAnExistingAgencyKeepsItAsItIs() {
        with("SKHDT", null, null, "Sở Kế hoạch và Đầu tư", AgencyKind.SO).with("STC", null, null, "Sở Tài chính", AgencyKind.SO);

        RegistryPlanner.Plan plan = plan(new RegistryChange.Merge(MARCH_2025, "NQ", List.of("SKHDT"), "STC", null, null));

        assertThat(plan.ended()).extracting(RegistryPeriod::code).containsExactly("SKHDT");
        assertThat(plan.begun()).isEmpty();
        assertThat(plan.links()).containsExactly(new RegistryPlanner.Link("SKHDT", "STC"));
    }

    @Test
    void historyIsNotRewrittenAndEndedAgenciesDoNotChange() {
        with("BDT", null, MARCH_2025, "Ban Dân tộc", AgencyKind.BAN).with("SDTTG", MARCH_2025, null, "Sở Dân tộc và Tôn giáo", AgencyKind.SO);

        assertThat(plan(new RegistryChange.Rename(LocalDate.of(2026, 1, 1), "x", "BDT", "Ban", null, null)).problems())
                .extracting(RegistryPlanner.Problem::pointer).containsExactly("/code");
        assertThat(plan(new RegistryChange.Rename(LocalDate.of(2024, 1, 1), "x", "SDTTG", "Sở", null, null)).problems())
                .singleElement().satisfies(p -> assertThat(p.message().key()).isEqualTo("report.registry.beforeCurrent"));
        assertThat(plan(new RegistryChange.Dissolve(MARCH_2025, "x", "SDTTG")).problems())
                .singleElement().satisfies(p -> assertThat(p.message().key()).isEqualTo("report.registry.sameDay"));
        assertThat(plan(new RegistryChange.Create(MARCH_2025, "x", "BDT", "Ban mới", AgencyKind.BAN, null)).problems())
                .singleElement().satisfies(p -> assertThat(p.message().key()).isEqualTo("report.registry.codeTaken"));
    }

    @Test
    void aRenameTheDayAnAgencyBeganCorrectsThatPeriodInPlace() {
        with("SDTTG", MARCH_2025, null, "Sở Dân tộc", AgencyKind.SO);

        RegistryPlanner.Plan plan = plan(new RegistryChange.Rename(MARCH_2025, "x", "SDTTG", "Sở Dân tộc và Tôn giáo", null, null));

        assertThat(plan.ended()).isEmpty();
        assertThat(plan.begun()).isEmpty();
        assertThat(plan.corrected()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Sở Dân tộc và Tôn giáo"));
    }

    @Test
    void aSplitCreatesEachNewAgencyOnceAndRefusesATakenCode() {
        with("BQLKKT", null, null, "Ban Quản lý KKT", AgencyKind.BAN).with("STC", null, null, "Sở Tài chính", AgencyKind.SO);

        RegistryPlanner.Plan plan = plan(new RegistryChange.Split(MARCH_2025, "x", "BQLKKT", List.of(
                new RegistryChange.NewAgency("A1", "Ban A", AgencyKind.BAN), new RegistryChange.NewAgency("STC", "Sở", AgencyKind.SO),
                new RegistryChange.NewAgency("A1", "Ban A lần nữa", AgencyKind.BAN))));

        assertThat(plan.problems()).extracting(RegistryPlanner.Problem::pointer).containsExactly("/into/1/code", "/into/2/code");
    }
}
