package com.outsourcingledger.query.console;

import com.outsourcingledger.platform.problem.InvalidInputException;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.api.refusal.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * For console pages only, ahead of the API's problem details: the user in every page's model, and a refusal as a
 * page that says what happened, with the navigation still there.
 */
@ControllerAdvice(annotations = ConsolePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

    @ModelAttribute("console")
    ConsoleUser console(HttpServletRequest request) {
        return ConsoleUser.of(request, RequestContextUtils.getLocale(request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView refused(HttpServletRequest request, HttpServletResponse response) {
        return problem(request, response, HttpServletResponse.SC_FORBIDDEN, "error.forbidden");
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ModelAndView missing(HttpServletRequest request, HttpServletResponse response) {
        return problem(request, response, HttpServletResponse.SC_NOT_FOUND, "error.missing");
    }

    /** A filter's value that is none of its choices ({@code ?status=SOMETIMES}) or breaks the input rules. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, InvalidInputException.class})
    ModelAndView invalid(HttpServletRequest request, HttpServletResponse response) {
        return problem(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.invalid");
    }

    @ExceptionHandler(Refusal.class)
    ModelAndView refusal(Refusal refusal, HttpServletRequest request, HttpServletResponse response) {
        return switch (refusal.kind()) {
            case FORBIDDEN -> refused(request, response);
            case NOT_FOUND -> missing(request, response);
            default -> invalid(request, response);
        };
    }

    private ModelAndView problem(HttpServletRequest request, HttpServletResponse response, int status, String message) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView("console/problem");
        page.addObject("console", console(request));
        page.addObject("status", status);
        page.addObject("message", message);
        return page;
    }
}
