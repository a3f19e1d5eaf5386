package com.outsourcingledger.api.refusal;

/**
 * The rules any request can break, whichever feature it reaches: bad input, unknown resources, access, outages.
 * Each value is a client's contract (the problem-details {@code rule} member): never change one.
 */
public final class RequestRuleCodes {

    public static final String ACCESS_DEPARTMENT_NOT_PERMITTED = "access.department-not-permitted";

    public static final String AGGREGATE_TYPE_UNKNOWN = "aggregate-type.unknown";

    public static final String AUTHENTICATION_MORE_THAN_ONE_DEPARTMENT = "authentication.more-than-one-department";
    public static final String AUTHENTICATION_REQUIRED = "authentication.required";
    public static final String AUTHENTICATION_UNKNOWN_DEPARTMENT = "authentication.unknown-department";
    public static final String AUTHENTICATION_VENDOR_ID_REQUIRED = "authentication.vendor-id-required";
    public static final String AUTHENTICATION_VENDOR_ID_WITHOUT_VENDOR_ROLE = "authentication.vendor-id-without-vendor-role";
    public static final String AUTHENTICATION_VENDOR_NOT_EXCLUSIVE = "authentication.vendor-not-exclusive";

    public static final String CONCURRENT_MODIFICATION = "concurrent-modification";

    public static final String DASHBOARD_LIVE_SUBSCRIPTIONS_FULL = "dashboard.live-subscriptions-full";

    public static final String EVENT_STREAM_POSITION_INVALID = "event-stream.position-invalid";
    public static final String EVENT_STREAM_SUBSCRIPTIONS_FULL = "event-stream.subscriptions-full";

    public static final String EVENT_TYPE_NOT_FOUND = "event-type.not-found";

    public static final String INTERNAL_ERROR = "internal-error";

    public static final String REQUEST_INVALID = "request.invalid";
    public static final String REQUEST_MEDIA_TYPE_UNSUPPORTED = "request.media-type-unsupported";
    public static final String REQUEST_METHOD_NOT_ALLOWED = "request.method-not-allowed";
    public static final String REQUEST_NOT_ACCEPTABLE = "request.not-acceptable";
    public static final String REQUEST_REJECTED = "request.rejected";
    public static final String REQUEST_TOO_LARGE = "request.too-large";
    public static final String REQUEST_UNREADABLE = "request.unreadable";

    public static final String RESOURCE_ALREADY_EXISTS = "resource.already-exists";
    public static final String RESOURCE_NOT_FOUND = "resource.not-found";

    public static final String SERVICE_UNAVAILABLE = "service.unavailable";

    public static final String VENDOR_SCOPE_OTHER_VENDOR = "vendor-scope.other-vendor";

    private RequestRuleCodes() {
    }
}
