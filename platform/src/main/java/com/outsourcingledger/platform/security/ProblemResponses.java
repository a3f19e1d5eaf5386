package com.outsourcingledger.platform.security;

import com.outsourcingledger.api.refusal.RequestRuleCodes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** 400, 401 and 403 raised by the security filters, as problem details like every other refusal. */
final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    static void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof DepartmentClaims.Refused refused) {
            write(response, 401, "Unauthorized", refused.rule(), refused.getMessage());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"outsourcing-ledger\"");
        write(response, 401, "Unauthorized", RequestRuleCodes.AUTHENTICATION_REQUIRED, "Authenticate to use this API");
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, 403, "Forbidden", RequestRuleCodes.ACCESS_DEPARTMENT_NOT_PERMITTED,
                "Your department may not perform this act");
    }

    /** Spring Security's firewall refused the request line (an encoded line break, {@code ..}): 400 like any bad input. */
    static void rejected(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        write(response, 400, "Bad Request", RequestRuleCodes.REQUEST_REJECTED,
                "The request's path or headers hold characters or segments the ledger does not accept");
    }

    private static void write(HttpServletResponse response, int status, String title, String rule, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://outsourcing-ledger.example/problems/" + rule);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("rule", rule);
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
