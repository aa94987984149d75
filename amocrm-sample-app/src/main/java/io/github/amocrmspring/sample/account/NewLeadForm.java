package io.github.amocrmspring.sample.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The "New lead with a contact" form. */
public class NewLeadForm {

    @NotBlank
    @Size(max = 255)
    private String leadName;

    @PositiveOrZero
    private Long price;

    @NotBlank
    @Size(max = 255)
    private String contactName;

    @Size(max = 64)
    private String phone;

    @Email
    @Size(max = 255)
    private String email;

    public String getLeadName() {
        return this.leadName;
    }

    public void setLeadName(String leadName) {
        this.leadName = leadName;
    }

    public Long getPrice() {
        return this.price;
    }

    public void setPrice(Long price) {
        this.price = price;
    }

    public String getContactName() {
        return this.contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getPhone() {
        return this.phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return this.email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
