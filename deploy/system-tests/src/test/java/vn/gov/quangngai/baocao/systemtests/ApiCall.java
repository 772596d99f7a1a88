package vn.gov.quangngai.baocao.systemtests;

import java.util.Set;
import java.util.TreeSet;

/**
 * One call to a service's API as a guide writes it or a test makes it: the service, the method, the
 * operation's path template, the query parameters named, and the headers of the contract sent
 * (If-Match, Idempotency-Key, Accept-Language, an Accept other than any). Values do not count:
 * tokens, ETags and keys differ from run to run; what the call is does not.
 */
record ApiCall(String service, String method, String template, Set<String> query, Set<String> headers) {

    /** The headers whose presence makes a call a different call. */
    static final Set<String> CONTRACT_HEADERS = Set.of("If-Match", "Idempotency-Key", "Accept-Language", "Accept");

    ApiCall {
        query = new TreeSet<>(query);
        TreeSet<String> named = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        named.addAll(headers);
        headers = named;
    }

    /** The contract headers among {@code name: value} pairs; an {@code Accept: *}{@code /*} is no choice at all. */
    static boolean counts(String name, String value) {
        boolean contract = CONTRACT_HEADERS.stream().anyMatch(h -> h.equalsIgnoreCase(name));
        return contract && !(name.equalsIgnoreCase("Accept") && value.strip().equals("*/*"));
    }

    @Override
    public String toString() {
        return method + " " + template + (query.isEmpty() ? "" : " ?" + String.join("&", query))
                + (headers.isEmpty() ? "" : " " + headers) + " (" + service + ")";
    }
}
