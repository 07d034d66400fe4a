package org.minsheng.notification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.minsheng.notification.api.TextMessages;
import org.minsheng.notification.domain.SmsGateway;

@Stateless
@Local(TextMessages.class)
@PermitAll
public class TextMessageService implements TextMessages {

    @Inject
    SmsGateway gateway;

    @Override
    public boolean enabled() {
        return gateway.enabled();
    }

    @Override
    public boolean send(String mobile, String text) {
        return mobile != null && !mobile.isBlank() && gateway.enabled() && gateway.send(mobile, text);
    }
}
