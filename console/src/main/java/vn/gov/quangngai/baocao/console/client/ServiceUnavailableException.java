package vn.gov.quangngai.baocao.console.client;

/** A service could not be reached (refused, timed out): the page names the part that is down. */
public class ServiceUnavailableException extends RuntimeException {

    private final ServicePart part;

    public ServiceUnavailableException(ServicePart part, Throwable cause) {
        super(part + " is unavailable: " + cause.getMessage(), cause);
        this.part = part;
    }

    public ServicePart part() {
        return part;
    }
}
