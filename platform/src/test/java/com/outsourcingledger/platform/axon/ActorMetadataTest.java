package com.outsourcingledger.platform.axon;

import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.platform.security.VendorUserTokens;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActorMetadataTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void stampsAnInternalUserWithTheirDepartmentAndNoVendor() {
        authenticate("hr", new SimpleGrantedAuthority("ROLE_HR"));

        CommandMessage<?> stamped = stamp();

        assertThat(stamped.getMetaData()).containsEntry(MetadataKeys.USER, "hr")
                .containsEntry(MetadataKeys.DEPARTMENT, "HR").doesNotContainKey(MetadataKeys.VENDOR);
    }

    @Test
    void stampsAVendorUserWithItsVendorAndNoDepartment() {
        SecurityContextHolder.getContext().setAuthentication(VendorUserTokens.vendorUser("li.si", "vendor-a"));

        CommandMessage<?> stamped = stamp();

        assertThat(stamped.getMetaData()).containsEntry(MetadataKeys.USER, "li.si")
                .containsEntry(MetadataKeys.VENDOR, "vendor-a").doesNotContainKey(MetadataKeys.DEPARTMENT);
    }

    private static CommandMessage<?> stamp() {
        return new ActorMetadata().handle(List.of()).apply(0, GenericCommandMessage.asCommandMessage("payload"));
    }

    private static void authenticate(String user, GrantedAuthority... authorities) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(authorities)));
    }
}
