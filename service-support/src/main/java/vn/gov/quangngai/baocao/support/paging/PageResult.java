package vn.gov.quangngai.baocao.support.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list answer: {@code {items, page, size, total}}, pages counted from 0. */
@Schema(name = "Page")
public record PageResult<T>(
        List<T> items,
        @Schema(example = "0") int page,
        @Schema(example = "50") int size,
        @Schema(example = "32") long total) {
}
