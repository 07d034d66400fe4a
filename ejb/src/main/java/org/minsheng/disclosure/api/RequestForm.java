package org.minsheng.disclosure.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An application for government information as the applicant fills it in: a person (name and ID
 * card number) or an organisation (name and unified social credit code), contact, the information
 * wanted and the form it should come in ({@code PAPER}, {@code EMAIL}, {@code DOWNLOAD}).
 */
@Schema(name = "InformationRequestForm", description = "An application for government information",
        requiredProperties = {"bodyCode", "applicantName", "idNumber", "phone", "description", "delivery"})
public record RequestForm(String bodyCode, Boolean organisation, String applicantName, String idNumber, String phone,
                          String email, String address, String description, String delivery) {
}
