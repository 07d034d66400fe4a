package org.minsheng.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minsheng.notification.domain.MailGateway;

/**
 * Sends through the mail session named by {@code minsheng.mail.session} (e.g.
 * {@code java:jboss/mail/Default}). Without one, or when sending fails, the message is logged:
 * the in-app notification is the record, e-mail is a courtesy.
 */
@ApplicationScoped
public class JakartaMailGateway implements MailGateway {

    private static final Logger LOG = Logger.getLogger(JakartaMailGateway.class.getName());

    @Inject
    @ConfigProperty(name = "minsheng.mail.session")
    Optional<String> sessionName;

    /** Said once, not for every notification. */
    private final java.util.concurrent.atomic.AtomicBoolean toldOff = new java.util.concurrent.atomic.AtomicBoolean();

    @Override
    public void send(String recipient, String subject, String body) {
        if (sessionName.isEmpty() || sessionName.get().isBlank()) {
            if (toldOff.compareAndSet(false, true)) {
                LOG.info("E-mail notifications are off: minsheng.mail.session is not set (in-app notifications only)");
            }
            LOG.fine(() -> "mail not sent (no mail session): " + subject);
            return;
        }
        if (recipient == null || !recipient.contains("@")) {
            LOG.fine(() -> "mail not sent (no address): " + subject);
            return;
        }
        try {
            Session session = (Session) new InitialContext().lookup(sessionName.get());
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (NamingException | MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "mail to a recipient failed: " + subject + " — " + e.getMessage());
        }
    }
}
