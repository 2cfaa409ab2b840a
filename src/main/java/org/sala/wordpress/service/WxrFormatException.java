package org.sala.wordpress.service;

/** The file is not a WordPress export Sala can read; {@code key} names the reason for the UI. */
public class WxrFormatException extends RuntimeException {

    private final String key;
    private final String detail;

    public WxrFormatException(String key, String detail) {
        super(key + (detail.isEmpty() ? "" : ": " + detail));
        this.key = key;
        this.detail = detail;
    }

    public String key() {
        return key;
    }

    public String detail() {
        return detail;
    }
}
