package org.minsheng.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A member of staff who signs in to handle, dispatch, review or read. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_seq")
    @SequenceGenerator(name = "staff_seq", sequenceName = "staff_seq", allocationSize = 10)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 60)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    /** Role names separated by commas; a handful per person, read far more often than written. */
    @Column(nullable = false, length = 200)
    private String roles;

    @Column(name = "department_code", length = 40)
    private String departmentCode;

    @Column(nullable = false)
    private boolean active;

    @Column(length = 120)
    private String email;

    /** The leader whose office this account is (领导信箱), null for other staff. */
    @Column(name = "leader_code", length = 40)
    private String leaderCode;

    /** Set when an administrator reset the password: the person must choose their own first. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Version
    private long version;

    protected StaffAccount() {
    }

    public StaffAccount(String username, String displayName, String passwordHash, Set<Role> roles, String departmentCode) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.departmentCode = departmentCode;
        this.active = true;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(set::add);
        return set;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public boolean isActive() {
        return active;
    }

    /** Moves the person to other roles or another department, or (in)activates the account. */
    public void reassign(Set<Role> newRoles, String newDepartment, boolean stillActive) {
        roles = newRoles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        departmentCode = newDepartment;
        active = stillActive;
    }

    /** The person's own new password; a reset's must-change mark goes with it. */
    public void changePassword(String newHash) {
        passwordHash = newHash;
        passwordChangeRequired = false;
    }

    /** An administrator's one-time password, to be changed at the next sign-in. */
    public void resetPassword(String oneTimeHash) {
        passwordHash = oneTimeHash;
        passwordChangeRequired = true;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public void changeEmail(String address) {
        email = address;
    }

    public String email() {
        return email;
    }

    /** Makes the account a leader's office, which reads that leader's mailbox; null unlinks it. */
    public void linkLeader(String code) {
        leaderCode = code;
    }

    public String leaderCode() {
        return leaderCode;
    }
}
