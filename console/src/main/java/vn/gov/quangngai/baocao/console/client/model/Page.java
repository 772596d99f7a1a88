package vn.gov.quangngai.baocao.console.client.model;

import java.util.List;

/** One page of a list, as every list of the services answers: {@code {items, page, size, total}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public List<T> items() {
        return items == null ? List.of() : items;
    }
}
