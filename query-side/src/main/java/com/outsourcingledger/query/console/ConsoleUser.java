package com.outsourcingledger.query.console;

import com.outsourcingledger.platform.security.Actor;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * What every console page's layout shows of its user and request: who is signed in, in which department (none for a
 * vendor's portal user, who has its vendor instead), the page's path (to mark the navigation) and its language.
 */
public record ConsoleUser(String name, String department, String vendorId, String path, String language) {

    static ConsoleUser of(HttpServletRequest request, Locale locale) {
        Actor actor = Actor.current().orElse(null);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new ConsoleUser(actor == null ? null : actor.user(),
                actor == null || actor.department() == null ? null : actor.department().name(),
                actor == null ? null : actor.vendorId(), path, locale.getLanguage());
    }

    public boolean vendor() {
        return vendorId != null;
    }

    public boolean internal() {
        return department != null;
    }

    /** Whether the navigation entry for {@code section} is the page shown. */
    public boolean in(String section) {
        return path.equals(section) || path.startsWith(section + "/");
    }
}
