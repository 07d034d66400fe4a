package org.minsheng.notification.domain;

/** Sends e-mail; an implementation without a configured mail server only logs. */
public interface MailGateway {

    void send(String recipient, String subject, String body);
}
