package vn.gov.quangngai.baocao.report.rounds;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.report.shared.Template;

/** A built-in outline: its code, title and sections with their figures. */
@Schema(name = "BuiltInTemplate")
public record BuiltInTemplate(
        @Schema(example = "DVCQ-NAM") String code,
        @Schema(example = "Báo cáo kết quả thực hiện công tác dân vận chính quyền và Quy chế dân chủ ở cơ sở (hằng năm)") String title,
        List<Template.Section> sections) {
}
