package com.outsourcingledger.query.console;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.util.Locale;

/**
 * The console speaks Chinese unless its user switched to English ({@code ?lang=en}, then kept in a cookie). Only the
 * console's paths: everything else resolves its locale from {@code Accept-Language} as before, so no API answer
 * changes language.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleLocale implements WebMvcConfigurer {

    static final String COOKIE = "console-lang";
    static final String PARAMETER = "lang";
    private static final Locale ENGLISH = Locale.ENGLISH;

    @Bean
    LocaleResolver localeResolver() {
        return new Resolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns("/", "/console", "/console/**", "/login");
    }

    static boolean isConsole(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/") || path.equals("/login") || path.equals("/console") || path.startsWith("/console/");
    }

    private static final class Resolver implements LocaleResolver {

        private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            if (!isConsole(request)) {
                return api.resolveLocale(request);
            }
            Object chosen = request.getAttribute(COOKIE);
            if (chosen instanceof Locale locale) {
                return locale;
            }
            if (request.getCookies() != null) {
                for (Cookie cookie : request.getCookies()) {
                    if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                        return ENGLISH;
                    }
                }
            }
            return Locale.SIMPLIFIED_CHINESE;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale chosen = locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : Locale.SIMPLIFIED_CHINESE;
            request.setAttribute(COOKIE, chosen);
            Cookie cookie = new Cookie(COOKIE, chosen == ENGLISH ? "en" : "zh");
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(365 * 24 * 3600);
            response.addCookie(cookie);
        }
    }
}
