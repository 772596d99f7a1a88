package vn.gov.quangngai.baocao.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.client.model.Agency;

class AgencyChoiceTest {

    static final List<Agency> REGISTRY = List.of(new Agency("SNV", "Sở Nội vụ", null, "SO"), new Agency("STC", "Sở Tài chính", null, "SO"),
            new Agency("TTT", "Thanh tra tỉnh", null, "NGANH"), new Agency("BDT", "Ban Dân tộc", null, "BAN"),
            new Agency("MINHLONG", "UBND huyện Minh Long", null, "HUYEN"), new Agency("XA-1", "UBND xã Một", "MINHLONG", "XA"));

    @Test
    void allDepartmentsAddsEverySoBanNganhToWhatWasPicked() {
        assertThat(AgencyChoice.apply(AgencyChoice.ALL_DEPARTMENTS, Set.of("MINHLONG"), REGISTRY))
                .containsExactly("SNV", "STC", "TTT", "BDT", "MINHLONG");
    }

    @Test
    void allLocalGovernmentAddsEveryLevelThatIsNotADepartment() {
        assertThat(AgencyChoice.apply(AgencyChoice.ALL_LOCAL, Set.of("BDT"), REGISTRY)).containsExactly("BDT", "MINHLONG", "XA-1");
    }

    @Test
    void noneClearsAndAnUnknownShortcutChangesNothing() {
        assertThat(AgencyChoice.apply(AgencyChoice.NONE, Set.of("BDT", "STC"), REGISTRY)).isEmpty();
        assertThat(AgencyChoice.apply("bogus", Set.of("STC", "BDT"), REGISTRY)).containsExactly("STC", "BDT");
    }

    @Test
    void groupsShowDepartmentsThenBoardsThenLocalGovernmentWithWhatIsPicked() {
        AgencyChoice choice = AgencyChoice.of(REGISTRY, Set.of("BDT", "XA-1"));

        assertThat(choice.groups()).extracting(AgencyChoice.Group::label).containsExactly("Sở", "Ban, ngành", "Ủy ban nhân dân cấp huyện, cấp xã");
        assertThat(choice.groups().get(1).choices()).extracting(c -> c.agency().code() + ":" + c.picked()).containsExactly("TTT:false", "BDT:true");
        assertThat(choice.selected()).isEqualTo(2);
    }
}
