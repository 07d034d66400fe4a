package org.minsheng.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed sign-in: the login typed (never the password), where from and when. */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_failure_seq")
    @SequenceGenerator(name = "sign_in_failure_seq", sequenceName = "sign_in_failure_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 120)
    private String login;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected SignInFailure() {
    }

    public SignInFailure(String login, String clientAddress, Instant failedAt) {
        this.login = login;
        this.clientAddress = clientAddress;
        this.failedAt = failedAt;
    }

    public String login() {
        return login;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public Instant failedAt() {
        return failedAt;
    }
}
