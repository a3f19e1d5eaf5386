package com.outsourcingledger.platform.web.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every operation says, from its handler: a summary (its own, else one made of the method's and controller's
 * names), who may call it (HTTP Basic or a bearer JWT), the success statuses it really answers (201 with a
 * {@code Location}, 204 without a body) and the problem details it may answer instead.
 */
final class OperationContract implements OperationCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Map<Integer, String> SUCCESS = Map.of(200, "OK", 201, "Created", 202, "Accepted",
            204, "No Content");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(Summaries.of(handler));
        }
        operation.setSecurity(List.of(new SecurityRequirement().addList(DocumentContract.BASIC),
                new SecurityRequirement().addList(DocumentContract.BEARER)));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (!handler.hasMethodAnnotation(ResponseStatus.class)) {
            success(responses, SuccessStatuses.of(handler.getMethod()));
        }
        problems(operation, handler, responses);
        return operation;
    }

    private static void success(ApiResponses responses, Set<Integer> statuses) {
        if (statuses.isEmpty()) {
            return;
        }
        ApiResponse documented = responses.remove("200");
        Content body = documented == null ? null : documented.getContent();
        for (int status : statuses) {
            ApiResponse response = new ApiResponse().description(SUCCESS.get(status));
            if (status != 204 && body != null && !body.isEmpty()) {
                response.setContent(body);
            }
            if (status == 201 || status == 202) {
                response.addHeaderObject("Location", new Header().required(status == 201)
                        .description("Where the resource can be read").schema(new StringSchema().format("uri")));
            }
            responses.addApiResponse(String.valueOf(status), response);
        }
    }

    private static void problems(Operation operation, HandlerMethod handler, ApiResponses responses) {
        problem(responses, 400, "The request is invalid: a field, parameter or header breaks an input rule");
        problem(responses, 401, "No credentials, or wrong ones");
        problem(responses, 403, "The caller's department may not do this");
        if (Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(PathVariable.class))) {
            problem(responses, 404, "No resource with this id");
        }
        if (operation.getRequestBody() != null) {
            problem(responses, 413, "The request body is larger than the ledger accepts");
        }
        if (!readsOnly(handler)) {
            problem(responses, 409, "The resource's state forbids this now, or another request changed it first");
            problem(responses, 422, "A business rule forbids this");
        }
        problem(responses, 503, "A store the ledger needs is unreachable; nothing was changed; retry later")
                .addHeaderObject("Retry-After", new Header().required(true)
                        .description("Seconds to wait before retrying").schema(new IntegerSchema()));
    }

    private static boolean readsOnly(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && mapping.method().length > 0
                && Arrays.stream(mapping.method()).allMatch(m -> m == RequestMethod.GET || m == RequestMethod.HEAD);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static ApiResponse problem(ApiResponses responses, int status, String description) {
        Schema reference = new Schema().$ref("#/components/schemas/" + DocumentContract.PROBLEM);
        ApiResponse response = new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(reference)));
        responses.addApiResponse(String.valueOf(status), response);
        return response;
    }
}
