package org.minsheng.notification.api;

import java.util.List;

/** How features tell people that something needs them. Must be called inside the deciding transaction. */
public interface Notifier {

    /** To one member of staff. */
    void toStaff(String username, String subject, String body, String caseId);

    /**
     * To the resident who wrote the case (shown when they look it up), and by e-mail when
     * {@code email} is given (residents who registered with an e-mail address).
     */
    void toResident(String caseId, String subject, String body, String email);

    /** The signed-in member of staff's latest notifications. */
    List<NotificationView> mine(int limit);

    /** What a resident was told about a case. */
    List<NotificationView> ofCase(String caseId);
}
