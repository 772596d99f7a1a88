package vn.gov.quangngai.baocao.report.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member agency's lasting identity (table {@code agency}): its code, never reused, and its place
 * in the registry's order. What it is called and what kind of body it is are its periods.
 */
@Entity
@Table(name = "agency")
public class AgencyEntity {

    @Id
    public String code;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
