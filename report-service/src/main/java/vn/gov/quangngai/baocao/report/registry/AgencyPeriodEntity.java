package vn.gov.quangngai.baocao.report.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One period of an agency (table {@code agency_period}): from (inclusive) to (exclusive) a date, its name, kind and parent. */
@Entity
@Table(name = "agency_period")
class AgencyPeriodEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public String name;

    public String kind;

    @Column(name = "parent_code")
    public String parentCode;
}
