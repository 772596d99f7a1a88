package vn.gov.quangngai.baocao.console.client;

import vn.gov.quangngai.baocao.console.client.model.Report;

/** A report with the ETag it was read with: a review sends it back as If-Match. */
public record Tagged(Report report, String etag) {
}
