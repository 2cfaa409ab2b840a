package org.sala.comment;

/** Whether a commenter's exact email and IP address are on the block lists. */
public record BlockedSender(boolean email, boolean ip) {

    public boolean any() {
        return email || ip;
    }
}
