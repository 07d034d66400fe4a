package org.minsheng.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A resident who registered with an e-mail address or a mobile number. Their principal name is
 * {@code resident:<id>}, so audit records and cases never carry the login itself.
 */
@Entity
@Table(name = "resident_account")
public class ResidentAccount {

    public static final String PRINCIPAL_PREFIX = "resident:";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resident_seq")
    @SequenceGenerator(name = "resident_seq", sequenceName = "resident_seq", allocationSize = 10)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String login;

    @Column(name = "display_name", nullable = false, length = 40)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected ResidentAccount() {
    }

    public ResidentAccount(String login, String displayName, String passwordHash, Instant createdAt) {
        this.login = login;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.active = true;
    }

    public String principalName() {
        return PRINCIPAL_PREFIX + id;
    }

    public Long id() {
        return id;
    }

    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
    }
}
