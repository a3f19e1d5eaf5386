package com.outsourcingledger.query.console;

import com.outsourcingledger.platform.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's entry: {@code /} opens the user's first page (the dashboard; a vendor's portal user its own vendor),
 * and {@code /login} is the sign-in form the console chain posts to; under {@code jwt} it has no form but a link to the
 * OIDC provider's sign-in, and says why a sign-in failed or that the user signed out.
 */
@ConsolePage
class ConsoleHome {

    private final boolean oidc;

    ConsoleHome(@Value("${ledger.security.mode:embedded}") String mode) {
        this.oidc = "jwt".equals(mode);
    }

    @GetMapping({"/", "/console"})
    String home() {
        return Actor.currentVendorId().map(vendorId -> "redirect:/console/vendors/" + vendorId)
                .orElse("redirect:" + ConsoleSecurity.HOME);
    }

    @GetMapping(ConsoleSecurity.LOGIN)
    String login(Model model) {
        model.addAttribute("oidc", oidc);
        model.addAttribute("oidcSignIn", ConsoleOidcSecurity.SIGN_IN);
        return "console/login";
    }
}
