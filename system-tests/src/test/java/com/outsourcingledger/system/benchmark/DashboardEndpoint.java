package com.outsourcingledger.system.benchmark;

import com.outsourcingledger.system.LedgerClient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A dashboard GET endpoint and the parameters a dashboard client calls it with, taken in turn. A call answers its
 * latency in milliseconds: until the whole body is read, or for the live feed until its first dashboard event.
 */
record DashboardEndpoint(String path, String parameters, List<String> queries, boolean live) {

    static final String USER = "business";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final LedgerClient CLIENT = new LedgerClient();

    /** Every GET of {@code /dashboard}; SLA drill-downs go to the given vendors and to months before {@code now}. */
    static List<DashboardEndpoint> all(List<String> vendorIds, YearMonth now) {
        YearMonth last = now.minusMonths(1);
        List<String> sla = IntStream.range(0, vendorIds.size()).boxed().flatMap(i -> Stream.of(
                "?vendorId=" + vendorIds.get(i),
                "?vendorId=" + vendorIds.get(i) + "&fromMonth=" + last.minusMonths(5) + "&toMonth=" + last,
                "?fromMonth=" + last.minusMonths(i % 3) + "&toMonth=" + last.minusMonths(i % 3),
                "?vendorId=" + vendorIds.get(i) + "&metricId=quality")).toList();
        return List.of(
                new DashboardEndpoint("/dashboard", "", List.of(""), false),
                new DashboardEndpoint("/dashboard/sla", "vendorId; vendorId + last 6 months; one month, all vendors;"
                        + " vendorId + metricId", sla, false),
                new DashboardEndpoint("/dashboard/contracts/expiring", "withinDays = 30, 60, 90",
                        List.of("?withinDays=30", "?withinDays=60", "?withinDays=90"), false),
                new DashboardEndpoint("/dashboard/rectification-notices", "overdue = false, true; pages 0 and 20 of 50",
                        List.of("?overdue=false", "?overdue=true", "?overdue=false&page=20"), false),
                new DashboardEndpoint("/dashboard/risks", "all flags, pages 0 and 20 of 50", List.of("", "?page=20"), false),
                new DashboardEndpoint("/dashboard/penalties", "", List.of(""), false),
                new DashboardEndpoint("/dashboard/project-budgets", "", List.of(""), false),
                new DashboardEndpoint("/dashboard/pips", "overdue = false, true",
                        List.of("?overdue=false", "?overdue=true"), false),
                new DashboardEndpoint("/dashboard/live", "time to the first event", List.of(""), true));
    }

    /** Milliseconds for the {@code n}th call; {@code size} receives the characters answered. */
    double call(String base, int n, int[] size) throws IOException, InterruptedException {
        URI uri = URI.create(base + path + queries.get(n % queries.size()));
        long start = System.nanoTime();
        size[0] = live ? firstEvent(uri) : body(uri).length();
        return (System.nanoTime() - start) / 1e6;
    }

    private static String body(URI uri) {
        LedgerClient.Response response = CLIENT.get(uri, USER);
        if (response.status() != 200) {
            throw new AssertionError(uri + " answered " + response);
        }
        return response.body();
    }

    private static int firstEvent(URI uri) throws IOException, InterruptedException {
        String credentials = USER + ":" + LedgerClient.PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).GET().build();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            if (response.statusCode() != 200) {
                throw new AssertionError(uri + " answered " + response.statusCode());
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    return line.length();
                }
            }
        }
        throw new AssertionError(uri + " ended before its first event");
    }
}
