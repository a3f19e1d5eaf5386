package com.outsourcingledger.platform.web;

import com.outsourcingledger.api.input.InputCheck;
import com.outsourcingledger.api.input.InputCheck.Problem;
import com.outsourcingledger.api.input.InputRules;
import com.outsourcingledger.platform.problem.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The input rules at the HTTP edge of both apps, for every endpoint at once: the request body as read, the path's
 * variables and the query's parameters. A refusal names each field and comes before any work is done.
 */
@ControllerAdvice
public class RequestInputRules extends RequestBodyAdviceAdapter implements HandlerInterceptor {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage message, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        List<Problem> problems = InputCheck.problems(body);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return body;
    }

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<Problem> problems = new ArrayList<>();
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> InputRules.textProblem(String.valueOf(name), String.valueOf(value))
                    .ifPresent(message -> problems.add(new Problem(String.valueOf(name), message))));
        }
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                InputRules.textProblem(name, value).ifPresent(message -> problems.add(new Problem(name, message)));
            }
        });
        String idempotencyKey = request.getHeader(IDEMPOTENCY_KEY);
        if (idempotencyKey != null) {
            if (idempotencyKey.isBlank()) {
                problems.add(new Problem(IDEMPOTENCY_KEY, "is blank; send a key or no header"));
            } else if (idempotencyKey.length() > InputRules.MAX_REFERENCE) {
                problems.add(new Problem(IDEMPOTENCY_KEY, "is longer than " + InputRules.MAX_REFERENCE + " characters"));
            } else {
                InputRules.textProblem(IDEMPOTENCY_KEY, idempotencyKey)
                        .ifPresent(message -> problems.add(new Problem(IDEMPOTENCY_KEY, message)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return true;
    }
}
