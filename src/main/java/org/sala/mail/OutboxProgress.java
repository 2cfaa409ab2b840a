package org.sala.mail;

import java.util.Collection;
import java.util.Map;
import org.sala.mail.domain.OutboxMailRepository;
import org.sala.mail.service.OutboxAdminService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts of mails by topic and status, for features that show how far their mails have got. */
@Component
public class OutboxProgress {

    private final OutboxMailRepository mails;

    OutboxProgress(OutboxMailRepository mails) {
        this.mails = mails;
    }

    @Transactional(readOnly = true)
    public Map<String, MailProgress> of(Collection<String> topics) {
        return OutboxAdminService.progressOf(mails, topics);
    }
}
