package vn.gov.quangngai.baocao.console.client;

/** A file a service produced (the Word summary, a CSV table), passed on to the browser as it came. */
public record Download(byte[] body, String contentType, String contentDisposition) {
}
