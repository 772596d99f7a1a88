package vn.gov.quangngai.baocao.report.registry;

import java.util.List;

/** Maps the registry's rows to the API's agencies. */
final class AgencyViews {

    private AgencyViews() {
    }

    static RegistryPeriod period(AgencyPeriodEntity entity) {
        return new RegistryPeriod(entity.code, entity.validFrom, entity.validTo, entity.name, AgencyKind.valueOf(entity.kind), entity.parentCode);
    }

    static Agency agency(AgencyPeriodEntity period, List<String> predecessors, List<String> successors, List<AgencyPeriod> periods) {
        return new Agency(period.code, period.name, period.parentCode, period.kind, period.validFrom, period.validTo,
                predecessors, successors, periods);
    }

    static AgencyPeriod period(RegistryPeriod period) {
        return new AgencyPeriod(period.validFrom(), period.validTo(), period.name(), period.kind().name(), period.parent());
    }
}
