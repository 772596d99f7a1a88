package vn.gov.quangngai.baocao.report.service;

/** Fired when a transaction appends to the change feed; observed after the commit. */
public record FeedChanged(String round) {
}
