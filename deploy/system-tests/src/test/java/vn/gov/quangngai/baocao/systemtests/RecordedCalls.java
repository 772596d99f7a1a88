package vn.gov.quangngai.baocao.systemtests;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A REST Assured filter that notes each call a test makes, as {@link ApiCall}s of the committed
 * OpenAPI documents, so the test can compare its calls with the ones a guide writes.
 */
final class RecordedCalls implements Filter {

    private final OpenApiContract contract;
    private final String reportService;
    private final String aggregationService;
    private final List<ApiCall> calls = new ArrayList<>();

    RecordedCalls(OpenApiContract contract, String reportService, String aggregationService) {
        this.contract = contract;
        this.reportService = reportService;
        this.aggregationService = aggregationService;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        URI uri = URI.create(request.getURI());
        String base = uri.getScheme() + "://" + uri.getAuthority();
        String service = base.equals(reportService) ? "report-service" : base.equals(aggregationService) ? "aggregation-service" : null;
        if (service == null) {
            throw new AssertionError("a call to neither service: " + request.getURI());
        }
        String template = contract.operation(service, request.getMethod(), uri.getRawPath())
                .orElseThrow(() -> new AssertionError("no operation " + request.getMethod() + " " + uri.getRawPath() + " in " + service + "'s OpenAPI document"))
                .template();
        Set<String> query = new HashSet<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                query.add(pair.split("=", 2)[0]);
            }
        }
        Set<String> headers = new HashSet<>();
        request.getHeaders().forEach(h -> {
            if (ApiCall.counts(h.getName(), h.getValue())) {
                headers.add(h.getName());
            }
        });
        synchronized (calls) {
            calls.add(new ApiCall(service, request.getMethod(), template, query, headers));
        }
        return context.next(request, response);
    }

    /** The calls noted since the last time, in order; the list starts again empty. */
    List<ApiCall> take() {
        synchronized (calls) {
            List<ApiCall> taken = List.copyOf(calls);
            calls.clear();
            return taken;
        }
    }
}
