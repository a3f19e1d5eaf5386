package com.outsourcingledger.system;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.outsourcingledger.api.organization.Department;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OpenID Connect provider inside the test's JVM, on a real HTTP port, so that the console's OIDC sign-in runs
 * end to end without any service outside: discovery, its RSA key as a JWKS, an authorization endpoint with a sign-in
 * form of its own (the browser fills it), a token endpoint answering a code with a Nimbus-signed ID token and access
 * token, and an end-session endpoint. A user's claims are those {@link #user} gives it; a user named after a
 * department ({@code hr}, {@code business2}) has that department. The access tokens serve the API as bearer tokens.
 * {@code static final OidcProvider provider = OidcProvider.start();} with {@code @RegisterExtension} stops it.
 */
final class OidcProvider implements AfterAllCallback {

    static final String CLIENT_ID = "ledger-console";
    /** The test provider's own client secret; nothing outside this JVM knows or accepts it. */
    static final String CLIENT_SECRET = "console-secret-for-tests";

    private record Grant(String user, String nonce, String redirectUri) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Map<String, Object>> users = new ConcurrentHashMap<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final List<String> signedOut = new CopyOnWriteArrayList<>();

    private OidcProvider(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
    }

    static OidcProvider start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            OidcProvider provider = new OidcProvider(server, new RSAKeyGenerator(2048).keyID("test-key").generate());
            server.createContext("/.well-known/openid-configuration", provider::discovery);
            server.createContext("/jwks", exchange -> provider.json(exchange, 200,
                    new JWKSet(provider.key.toPublicJWK()).toJSONObject()));
            server.createContext("/authorize", provider::authorize);
            server.createContext("/token", provider::token);
            server.createContext("/end-session", provider::endSession);
            server.start();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop(0);
    }

    String issuer() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Both apps under {@code jwt} trusting this provider, and the console its client. */
    Map<String, String> appProperties() {
        return Map.of("ledger.security.mode", "jwt",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer(),
                "ledger.console.oidc.issuer-uri", issuer(),
                "ledger.console.oidc.client-id", CLIENT_ID,
                "ledger.console.oidc.client-secret", CLIENT_SECRET);
    }

    /** A user of the provider with these claims (department, roles, vendor_id) in its ID and access tokens. */
    void user(String name, Map<String, Object> claims) {
        users.put(name, Map.copyOf(claims));
    }

    /** An access token for {@code user}, as the provider would give it, for the API. */
    String accessToken(String user) {
        return sign(claims(user).subject(user).audience("ledger-api").claim("scope", "openid profile").build());
    }

    /** The users who signed out at the provider through the console, in order. */
    List<String> signedOut() {
        return List.copyOf(signedOut);
    }

    private Map<String, Object> claimsOf(String user) {
        Map<String, Object> claims = users.get(user);
        if (claims != null) {
            return claims;
        }
        String department = user.replaceAll("\\d+$", "").toUpperCase(Locale.ROOT);
        return Arrays.stream(Department.values()).anyMatch(d -> d.name().equals(department))
                ? Map.of("department", department) : null;
    }

    private JWTClaimsSet.Builder claims(String user) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600))).claim("preferred_username", user);
        Map<String, Object> own = claimsOf(user);
        if (own == null) {
            throw new IllegalArgumentException("No such user at the provider: " + user);
        }
        own.forEach(claims::claim);
        return claims;
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer());
        metadata.put("authorization_endpoint", issuer() + "/authorize");
        metadata.put("token_endpoint", issuer() + "/token");
        metadata.put("jwks_uri", issuer() + "/jwks");
        metadata.put("end_session_endpoint", issuer() + "/end-session");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        metadata.put("scopes_supported", List.of("openid", "profile"));
        metadata.put("grant_types_supported", List.of("authorization_code"));
        json(exchange, 200, metadata);
    }

    /** GET: the provider's sign-in form, carrying the console's request; POST: the code, back to the console. */
    private void authorize(HttpExchange exchange) throws IOException {
        if ("GET".equals(exchange.getRequestMethod())) {
            String query = exchange.getRequestURI().getRawQuery();
            html(exchange, 200, "<!DOCTYPE html><html lang=\"en\"><head><title>Test provider</title></head><body>"
                    + "<form method=\"post\" action=\"/authorize\"><input type=\"hidden\" name=\"request\" value=\""
                    + query.replace("&", "&amp;").replace("\"", "&quot;") + "\">"
                    + "<label for=\"username\">User</label> <input id=\"username\" name=\"username\">"
                    + " <button type=\"submit\" id=\"provider-sign-in\">Sign in</button></form></body></html>");
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, String> request = form(form.getOrDefault("request", ""));
        String user = form.getOrDefault("username", "");
        if (!CLIENT_ID.equals(request.get("client_id")) || !"code".equals(request.get("response_type"))
                || !request.getOrDefault("scope", "").contains("openid")) {
            html(exchange, 400, "<p id=\"provider-error\">invalid_request</p>");
            return;
        }
        if (claimsOf(user) == null) {
            html(exchange, 401, "<p id=\"provider-error\">unknown user</p>");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(user, request.get("nonce"), request.get("redirect_uri")));
        redirect(exchange, request.get("redirect_uri") + "?code=" + code + "&state=" + encode(request.get("state")));
    }

    private void token(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            json(exchange, 401, Map.<String, Object>of("error", "invalid_client"));
            return;
        }
        if (grant == null || !"authorization_code".equals(form.get("grant_type"))
                || !grant.redirectUri().equals(form.get("redirect_uri"))) {
            json(exchange, 400, Map.<String, Object>of("error", "invalid_grant"));
            return;
        }
        JWTClaimsSet.Builder idToken = claims(grant.user()).subject(grant.user()).audience(CLIENT_ID);
        if (grant.nonce() != null) {
            idToken.claim("nonce", grant.nonce());
        }
        json(exchange, 200, Map.<String, Object>of("access_token", accessToken(grant.user()), "token_type", "Bearer",
                "expires_in", 600, "scope", "openid profile", "id_token", sign(idToken.build())));
    }

    private void endSession(HttpExchange exchange) throws IOException {
        Map<String, String> request = form(exchange.getRequestURI().getRawQuery());
        try {
            signedOut.add(SignedJWT.parse(request.get("id_token_hint")).getJWTClaimsSet().getSubject());
        } catch (java.text.ParseException | NullPointerException e) {
            html(exchange, 400, "<p id=\"provider-error\">no id_token_hint</p>");
            return;
        }
        String back = request.get("post_logout_redirect_uri");
        String state = request.get("state");
        redirect(exchange, state == null ? back : back + (back.contains("?") ? "&" : "?") + "state=" + encode(state));
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private void json(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        send(exchange, status, "application/json", JSONObjectUtils.toJSONString(body));
    }

    private static void html(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", body);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
