package vn.gov.quangngai.baocao.report.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** An agency that took over from another (table {@code agency_link}), by a merge or a split. */
@Entity
@IdClass(AgencyLinkEntity.Key.class)
@Table(name = "agency_link")
class AgencyLinkEntity {

    @Id
    public String predecessor;

    @Id
    public String successor;

    public LocalDate effective;

    @Column(name = "change_id")
    public Long changeId;

    /** The composite key. */
    public static class Key implements Serializable {
        public String predecessor;
        public String successor;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(predecessor, key.predecessor) && Objects.equals(successor, key.successor);
        }

        @Override
        public int hashCode() {
            return Objects.hash(predecessor, successor);
        }
    }
}
