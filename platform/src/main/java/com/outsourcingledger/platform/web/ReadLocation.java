package com.outsourcingledger.platform.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
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
        QuerySide querySide = querySide(request.getServletContext());
        return querySide.url().isBlank()
                ? ServletUriComponentsBuilder.fromCurrentServletMapping().replacePath(null).port(querySide.port())
                : UriComponentsBuilder.fromUriString(querySide.url());
    }

    /** Where the query side is: a configured URL, else a port on the request's host. */
    private record QuerySide(String url, int port) {
    }

    /**
     * Read from the environment once per application (kept beside its servlet context): resolving a property walks
     * every property source, which cost a few per cent of a command's time when done per request.
     */
    private static QuerySide querySide(ServletContext servletContext) {
        Object known = servletContext.getAttribute(QuerySide.class.getName());
        if (known instanceof QuerySide querySide) {
            return querySide;
        }
        Environment environment = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
                .getEnvironment();
        QuerySide querySide = new QuerySide(environment.getProperty(URL, "").replaceAll("/+$", ""),
                environment.getProperty(PORT, Integer.class, 8081));
        servletContext.setAttribute(QuerySide.class.getName(), querySide);
        return querySide;
    }
}
