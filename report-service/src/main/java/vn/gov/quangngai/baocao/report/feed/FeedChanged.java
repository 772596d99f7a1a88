package vn.gov.quangngai.baocao.report.feed;

/** Fired when a transaction appends to the change feed; observed after the commit. */
public record FeedChanged(String round) {
}
