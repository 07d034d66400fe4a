package org.minsheng.disclosure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who applied for information: a person or an organisation, and how to reach them. */
@Embeddable
public class RequestApplicant {

    @Column(nullable = false)
    private boolean organisation;

    @Column(name = "applicant_name", nullable = false, length = 100)
    private String name;

    @Column(name = "id_number", nullable = false, length = 30)
    private String idNumber;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(length = 100)
    private String email;

    @Column(length = 200)
    private String address;

    protected RequestApplicant() {
    }

    public RequestApplicant(boolean organisation, String name, String idNumber, String phone, String email,
                            String address) {
        this.organisation = organisation;
        this.name = name;
        this.idNumber = idNumber;
        this.phone = phone;
        this.email = email;
        this.address = address;
    }

    public boolean organisation() {
        return organisation;
    }

    public String name() {
        return name;
    }

    public String idNumber() {
        return idNumber;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String address() {
        return address;
    }
}
