package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.vendor.Contact;
import com.outsourcingledger.api.vendor.CreditCode;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorCommand.RegisterVendor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Set;

/**
 * {@code vendorId} is optional: a client that supplies one can repeat the request safely. {@code foundingYear} and
 * {@code headcount} are optional too, and stay unknown (null) when omitted.
 */
record RegisterVendorRequest(
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+") String vendorId,
        @NotBlank @Size(max = 200) String legalName,
        @NotBlank @ValidCreditCode String creditCode,
        @NotBlank @Size(max = 100) String legalRepresentative,
        @NotBlank @Size(max = 500) String address,
        @Size(max = 20) List<@NotNull @Valid ContactRequest> contacts,
        @NotNull Money registeredCapital,
        @Min(1800) @Max(2200) Integer foundingYear,
        @PositiveOrZero Integer headcount,
        @NotEmpty Set<@NotNull VendorCategory> categories) {

    record ContactRequest(@NotBlank @Size(max = 100) String name, @Size(max = 100) String role,
                          @Size(max = 50) String phone, @Email @Size(max = 200) String email) {
    }

    RegisterVendor toCommand(String id) {
        List<Contact> people = contacts == null ? List.of()
                : contacts.stream().map(c -> new Contact(c.name(), c.role(), c.phone(), c.email())).toList();
        return new RegisterVendor(id, legalName, new CreditCode(creditCode), legalRepresentative, address, people,
                registeredCapital, foundingYear, headcount, categories);
    }
}
