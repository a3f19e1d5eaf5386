package com.outsourcingledger.platform.problem;

import com.outsourcingledger.api.refusal.RequestRuleCodes;

/**
 * The rule of a refusal that only has a status: one Spring MVC or the servlet container gives before any handler of
 * the ledger runs (no such path, wrong method, unsupported media type, a malformed request line).
 */
public final class StatusRules {

    private StatusRules() {
    }

    public static String forStatus(int status) {
        return switch (status) {
            case 401 -> RequestRuleCodes.AUTHENTICATION_REQUIRED;
            case 403 -> RequestRuleCodes.ACCESS_DEPARTMENT_NOT_PERMITTED;
            case 404 -> RequestRuleCodes.RESOURCE_NOT_FOUND;
            case 405 -> RequestRuleCodes.REQUEST_METHOD_NOT_ALLOWED;
            case 406 -> RequestRuleCodes.REQUEST_NOT_ACCEPTABLE;
            case 413 -> RequestRuleCodes.REQUEST_TOO_LARGE;
            case 415 -> RequestRuleCodes.REQUEST_MEDIA_TYPE_UNSUPPORTED;
            case 503 -> RequestRuleCodes.SERVICE_UNAVAILABLE;
            default -> status < 500 ? RequestRuleCodes.REQUEST_INVALID : RequestRuleCodes.INTERNAL_ERROR;
        };
    }
}
