package com.outsourcingledger.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;

/**
 * Where a client reads what a command created: the command side serves no GET, so the {@code Location} of a
 * {@code 201} is the query side's resource that shows it. The query side is at {@code ledger.query-side.url};
 * unset, it is the host the request came to, on the query side's port {@code ledger.query-side.port} (8081), as
 * {@code run.sh} and docker-compose start the two apps.
 */
public final class ReadLocation {

    static final String URL = "ledger.query-side.url";
    static final String PORT = "ledger.query-side.port";

    private ReadLocation() {
    }

    /** {@code path} is a template on the query side, say {@code "/vendors/{vendorId}"}. */
    public static URI of(String path, Object... variables) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return base(request).path(path).buildAndExpand(variables).encode().toUri();
    }

    private static UriComponentsBuilder base(HttpServletRequest request) {
        WebApplicationContext context = WebApplicationContextUtils.getRequiredWebApplicationContext(
                request.getServletContext());
        String configured = context.getEnvironment().getProperty(URL, "");
        if (!configured.isBlank()) {
            return UriComponentsBuilder.fromUriString(configured.replaceAll("/+$", ""));
        }
        int port = context.getEnvironment().getProperty(PORT, Integer.class, 8081);
        return ServletUriComponentsBuilder.fromCurrentServletMapping().replacePath(null).port(port);
    }
}
