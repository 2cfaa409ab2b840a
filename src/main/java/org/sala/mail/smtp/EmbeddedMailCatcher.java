package org.sala.mail.smtp;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With no SMTP server configured ({@code spring.mail.host}) and {@code sala.mail.embedded-catcher}
 * on (off unless set, as {@code MailProperties} says; application.properties sets it for
 * {@code spring-boot:run} and the tests), mail goes to an embedded GreenMail SMTP server on a free
 * local port: the whole flow works, and nothing leaves the machine. The outbox view shows what was
 * sent.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("sala.mail.embedded-catcher")
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
// GreenMail is a development dependency, left out of the packaged jar: there mail waits in the outbox.
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
class EmbeddedMailCatcher {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailCatcher.class);

    @Bean(destroyMethod = "stop")
    GreenMail embeddedSmtpServer() {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        log.info("No spring.mail.host: mail is caught by an embedded SMTP server on port {}",
                greenMail.getSmtp().getPort());
        return greenMail;
    }

    @Bean
    JavaMailSender mailSender(GreenMail embeddedSmtpServer) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(embeddedSmtpServer.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
