package com.outsourcingledger.query.console;

import com.outsourcingledger.platform.security.Actor;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's entry: {@code /} opens the user's first page (the dashboard; a vendor's portal user its own vendor),
 * and {@code /login} is the sign-in form the console chain posts to.
 */
@ConsolePage
class ConsoleHome {

    @GetMapping({"/", "/console"})
    String home() {
        return Actor.currentVendorId().map(vendorId -> "redirect:/console/vendors/" + vendorId)
                .orElse("redirect:" + ConsoleSecurity.HOME);
    }

    @GetMapping(ConsoleSecurity.LOGIN)
    String login() {
        return "console/login";
    }
}
