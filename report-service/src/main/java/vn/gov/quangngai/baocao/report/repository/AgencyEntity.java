package vn.gov.quangngai.baocao.report.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member agency of the registry (table {@code agency}). */
@Entity
@Table(name = "agency")
public class AgencyEntity {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_code")
    public String parentCode;
}
