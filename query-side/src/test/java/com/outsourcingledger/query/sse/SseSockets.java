package com.outsourcingledger.query.sse;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server-sent-events client on a plain socket. Closing the socket is a client that went away without a word, as
 * when a browser tab closes; the JDK's {@code HttpClient} may keep the connection open after its body is closed.
 */
public final class SseSockets {

    private SseSockets() {
    }

    /**
     * Opens {@code path} as {@code user} (password {@code ledger}) and reads until a line {@code until} accepts, so the
     * subscription is in place when this returns.
     */
    public static Socket open(String baseUrl, String path, String user, Predicate<String> until) throws Exception {
        URI uri = URI.create(baseUrl);
        String credentials = Base64.getEncoder().encodeToString((user + ":ledger").getBytes(StandardCharsets.UTF_8));
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + uri.getAuthority()
                + "\r\nAccept: text/event-stream\r\nAuthorization: Basic " + credentials + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        assertThat(reader.readLine()).startsWith("HTTP/1.1 200");
        String line;
        while ((line = reader.readLine()) != null && !until.test(line)) {
            // headers, then up to the line asked for
        }
        assertThat(line).as("the stream's first line asked for").isNotNull();
        return socket;
    }
}
