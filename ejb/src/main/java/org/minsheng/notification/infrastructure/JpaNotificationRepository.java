package org.minsheng.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.minsheng.notification.domain.Notification;
import org.minsheng.notification.domain.NotificationRepository;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(Notification notification) {
        em.persist(notification);
    }

    @Override
    public List<Notification> latest(String recipientKind, String recipient, int limit) {
        return em.createQuery("select n from Notification n where n.recipientKind = :k and n.recipient = :r"
                        + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("k", recipientKind).setParameter("r", recipient)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public java.util.Optional<Notification> byId(long id) {
        return java.util.Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public int markAllRead(String recipientKind, String recipient, java.time.Instant at) {
        return em.createQuery("update Notification n set n.readAt = :at where n.recipientKind = :k and n.recipient = :r"
                        + " and n.readAt is null")
                .setParameter("at", at).setParameter("k", recipientKind).setParameter("r", recipient).executeUpdate();
    }
}
