package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.query.QuerySideApplication;
import com.outsourcingledger.query.sse.SseSockets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The query-side app alone on PostgreSQL: {@code /dashboard/live} holds no slot for a client that left. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(60)
class DashboardLiveFeedTest {

    private static final String CREDENTIALS = Base64.getEncoder()
            .encodeToString("business:ledger".getBytes(StandardCharsets.UTF_8));
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext app;
    private static String baseUrl;

    @BeforeAll
    static void startApp() {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--ledger.event-stream.heartbeat=200ms",
                "--ledger.event-stream.max-subscribers=2"));
        PostgresForTests.newDatabase().forEach((key, value) -> args.add("--" + key + "=" + value));
        app = QuerySideApplication.builder().run(args.toArray(String[]::new));
        baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    /** The client's socket closes without a word, as when a browser tab goes away. */
    @Test
    @Order(1)
    void aFullFeedIs503WithRetryAfterAndADisconnectFreesItsSlotWithinSeconds() throws Exception {
        DashboardLiveFeed feed = app.getBean(DashboardLiveFeed.class);
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                open.add(openFeedOnSocket());
            }
            assertThat(feed.activeSubscribers()).isEqualTo(2);
            HttpResponse<InputStream> refused = HTTP.send(request().build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(EventWireFormat.jsonMapper().readTree(refused.body().readAllBytes()).path("rule").asString())
                    .isEqualTo("dashboard.live-subscriptions-full");

            open.removeFirst().close();
            await().atMost(Duration.ofSeconds(3)).until(() -> feed.activeSubscribers() == 1);
        } finally {
            for (Socket socket : open) {
                socket.close();
            }
        }
        await().atMost(Duration.ofSeconds(3)).until(() -> feed.activeSubscribers() == 0);
    }

    @Test
    @Order(2)
    void stoppingTheAppEndsAnOpenFeedAtOnce() throws Exception {
        HttpResponse<InputStream> stream = openFeed();
        CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                while (reader.readLine() != null) {
                    // heartbeats until the server ends the response
                }
            } catch (Exception closed) {
                // the connection went away: ended too
            }
        });
        long started = System.nanoTime();
        app.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        ended.get(5, TimeUnit.SECONDS);
    }

    /** Opens the feed and reads its first event, so the subscription is in place. */
    private static HttpResponse<InputStream> openFeed() throws Exception {
        HttpResponse<InputStream> stream = HTTP.send(request().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8), 1);
        String line;
        while ((line = reader.readLine()) != null && !line.startsWith("data:")) {
            // up to the first dashboard
        }
        assertThat(line).as("the first dashboard").startsWith("data:");
        return stream;
    }

    /** Opens the feed on a plain socket and reads up to its first event, so the subscription is in place. */
    private static Socket openFeedOnSocket() throws Exception {
        return SseSockets.open(baseUrl, "/dashboard/live", "business", line -> line.startsWith("data:"));
    }

    private static HttpRequest.Builder request() {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/dashboard/live")).GET()
                .header("Authorization", "Basic " + CREDENTIALS);
    }
}
