package org.sala.media;

/** The upload is not accepted; {@code reason} is a translation key, {@code detail} fills it in. */
public class UploadRejectedException extends RuntimeException {

    private final String reason;
    private final String detail;

    public UploadRejectedException(String reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.detail = detail;
    }

    public String reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
