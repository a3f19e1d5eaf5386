package com.outsourcingledger.platform.web;

import com.outsourcingledger.platform.problem.StatusRules;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Refusals the servlet container makes before any filter of the ledger runs (a request line with an encoded NUL or
 * an encoded slash, a malformed header) are problem details too, not Tomcat's HTML page: the host's error report
 * valve is replaced by one that writes {@code application/problem+json} with the rule of the status.
 */
final class ContainerProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    /** After Spring Boot's own customizer, which adds an error report valve of its own to the host. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                host.getPipeline().addValve(new ProblemReportValve());
            }
        });
    }

    static String body(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String rule = StatusRules.forStatus(status);
        String detail = status < 500
                ? "The request cannot be served as sent: check its path, method, headers and body"
                : "An unexpected error occurred; it has been logged";
        return """
                {"type":"https://outsourcing-ledger.example/problems/%s","title":"%s","status":%d,"detail":"%s","rule":"%s"}"""
                .formatted(rule, title, status, detail, rule);
    }

    /** Tomcat's {@link ErrorReportValve}, writing problem details instead of an HTML page. */
    public static final class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body(status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException ignored) {
                // The client is gone or the response is already closed: nothing more can be said to it.
            }
        }
    }
}
