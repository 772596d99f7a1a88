package vn.gov.quangngai.baocao.support.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code page} (from 0) and {@code size} (1 to 500) query parameters of every list. The page
 * is bounded so that {@code page × size}, the rows skipped, always fits the int the repositories
 * compute it in: a larger page would wrap round to a negative or a wrong offset.
 */
public class PageRequest {

    public static final int MAX_SIZE = 500;
    /** The last page whose rows, its last one included, all have an int offset at the largest size. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE - 1;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{baocao.page.min}")
    @Max(value = MAX_PAGE, message = "{baocao.page.max}")
    int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1)
    @Max(value = MAX_SIZE)
    int size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /** The rows before this page; exact for every page the constraints let through. */
    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
