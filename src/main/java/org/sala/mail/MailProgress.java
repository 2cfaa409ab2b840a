package org.sala.mail;

/** How far the mails of one topic have got. */
public record MailProgress(long waiting, long sent, long failed) {

    public static final MailProgress NONE = new MailProgress(0, 0, 0);

    public long total() {
        return waiting + sent + failed;
    }
}
