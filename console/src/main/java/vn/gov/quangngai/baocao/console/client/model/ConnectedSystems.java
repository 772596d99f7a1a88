package vn.gov.quangngai.baocao.console.client.model;

import java.util.List;

/** An agency's connected systems, as {@code GET /agencies/{code}/clients} answers. */
public record ConnectedSystems(List<ConnectedSystem> items) {

    public List<ConnectedSystem> items() {
        return items == null ? List.of() : items;
    }
}
