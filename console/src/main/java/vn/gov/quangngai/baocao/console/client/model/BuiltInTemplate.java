package vn.gov.quangngai.baocao.console.client.model;

/** A built-in outline a round may be opened from, e.g. DVCQ-NAM. */
public record BuiltInTemplate(String code, String title) {
}
