package vn.gov.quangngai.baocao.report.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Agency groups kept in memory, for tests of what is built on {@link AgencyGroups}. */
public class InMemoryAgencyGroups implements AgencyGroups {

    private final Map<String, AgencyGroup> byCode = new LinkedHashMap<>();
    private final List<String> writes = new ArrayList<>();

    public InMemoryAgencyGroups with(String code, String name) {
        byCode.put(code, new AgencyGroup("id-" + code, code, name));
        return this;
    }

    /** Every ensureGroup call, as "code=name". */
    public List<String> writes() {
        return writes;
    }

    @Override
    public String ensureGroup(String code, String name) {
        writes.add(code + "=" + name);
        byCode.put(code, new AgencyGroup("id-" + code, code, name));
        return "id-" + code;
    }

    @Override
    public List<AgencyGroup> groups() {
        return List.copyOf(byCode.values());
    }
}
