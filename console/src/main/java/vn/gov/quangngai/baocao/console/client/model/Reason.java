package vn.gov.quangngai.baocao.console.client.model;

/** The body of a return: SNV's reason, required by the service. */
public record Reason(String reason) {
}
