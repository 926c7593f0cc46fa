package dev.strata.graphql;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bounds every request body before anything reads it, on every path: the GraphQL endpoint, recognised on the decoded
 * and normalised path (so {@code /%67raphql} is GraphQL too), may carry {@code strata.graphql.max-request-size},
 * every other path {@code strata.http.max-request-size}. Bodies above a small size also take their bytes from a shared
 * budget, {@code strata.http.max-bytes-in-flight}, for as long as the request runs: when the budget is spent, a body
 * waits briefly and is then refused with 503 and {@code Retry-After}, so ten maximal bodies at once cannot take the
 * heap while small requests (health, cheap queries) never wait.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeFilter extends OncePerRequestFilter {

    /** Bodies up to this size never wait for the budget: health checks, queries, ordinary mutations. */
    static final int UNCOUNTED_BYTES = 64 * 1024;
    /** How long a large body waits for its share of the budget before it is refused. */
    static final long ADMISSION_WAIT_MILLIS = 2_000;

    private static final int RETRY_AFTER_SECONDS = 2;
    private static final UrlPathHelper DECODED_PATHS = new UrlPathHelper();

    private final JsonMapper json = JsonMapper.builder().build();
    private final String graphQlPath;
    private final long graphQlMaxBytes;
    private final long otherMaxBytes;
    private final Semaphore kilobytesInFlight;
    private final int budgetKilobytes;
    private final List<StreamedBodyPath> streamedPaths;

    RequestSizeFilter(
            RequestLimits.Limits graphQlLimits,
            RequestLimits.HttpLimits httpLimits,
            @Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
            List<StreamedBodyPath> streamedPaths) {
        this.graphQlPath = graphQlPath;
        this.streamedPaths = List.copyOf(streamedPaths);
        this.graphQlMaxBytes = graphQlLimits.maxRequestSize().toBytes();
        this.otherMaxBytes = httpLimits.maxRequestSize().toBytes();
        long budget = httpLimits.maxBytesInFlight().toBytes();
        if (budget < Math.max(graphQlMaxBytes, otherMaxBytes)) {
            throw new IllegalStateException(
                    "strata.http.max-bytes-in-flight (" + budget + " bytes) must be at least the largest"
                            + " request body allowed (strata.graphql.max-request-size " + graphQlMaxBytes
                            + " bytes, strata.http.max-request-size "
                            + otherMaxBytes + " bytes), or no such body could ever run");
        }
        this.budgetKilobytes = (int) Math.min(Integer.MAX_VALUE, budget / 1024);
        this.kilobytesInFlight = new Semaphore(budgetKilobytes, true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        StreamedBodyPath streamed = streamed(request);
        if (streamed != null) {
            if (request.getContentLengthLong() > streamed.maxBytes()) {
                refuseTooLarge(
                        response,
                        "request body of " + request.getContentLengthLong() + " bytes",
                        streamed.maxBytes(),
                        streamed.setting(),
                        "");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        boolean graphQl = isGraphQl(request);
        long limit = graphQl ? graphQlMaxBytes : otherMaxBytes;
        String setting = graphQl ? "strata.graphql.max-request-size" : "strata.http.max-request-size";
        long length = request.getContentLengthLong();
        if (length > limit) {
            refuseTooLarge(response, "request body of " + length + " bytes", limit, setting, wayAround(graphQl));
            return;
        }
        if (length >= 0 && length <= UNCOUNTED_BYTES) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest body = request;
        int kilobytes;
        if (length >= 0) {
            kilobytes = kilobytes(length);
            if (!admit(kilobytes)) {
                refuseBusy(response);
                return;
            }
        } else {
            // Chunked: small bodies are read at once; a larger one first reserves the most it may grow to.
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            readUpTo(request.getInputStream(), buffer, UNCOUNTED_BYTES + 1);
            if (buffer.size() <= UNCOUNTED_BYTES) {
                chain.doFilter(new BufferedBodyRequest(request, buffer.toByteArray()), response);
                return;
            }
            kilobytes = kilobytes(limit);
            if (!admit(kilobytes)) {
                refuseBusy(response);
                return;
            }
            try {
                readUpTo(request.getInputStream(), buffer, limit + 1);
            } catch (IOException | RuntimeException e) {
                kilobytesInFlight.release(kilobytes);
                throw e;
            }
            if (buffer.size() > limit) {
                kilobytesInFlight.release(kilobytes);
                refuseTooLarge(
                        response, "request body of more than " + limit + " bytes", limit, setting, wayAround(graphQl));
                return;
            }
            int actual = kilobytes(buffer.size());
            kilobytesInFlight.release(kilobytes - actual);
            kilobytes = actual;
            body = new BufferedBodyRequest(request, buffer.toByteArray());
        }
        runHoldingBudget(body, response, chain, kilobytes);
    }

    /** Runs the request and gives its bytes back to the budget when it ends, also when it ends asynchronously. */
    private void runHoldingBudget(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, int kilobytes)
            throws ServletException, IOException {
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                kilobytesInFlight.release(kilobytes);
            }
        };
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new ReleaseOnEnd(release));
            } else {
                release.run();
            }
        }
    }

    private boolean admit(int kilobytes) {
        try {
            return kilobytesInFlight.tryAcquire(
                    Math.min(kilobytes, budgetKilobytes), ADMISSION_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int kilobytes(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE, (bytes + 1023) / 1024);
    }

    private @Nullable StreamedBodyPath streamed(HttpServletRequest request) {
        String path = DECODED_PATHS.getLookupPathForRequest(request);
        for (StreamedBodyPath streamed : streamedPaths) {
            if (streamed.matches(path)) {
                return streamed;
            }
        }
        return null;
    }

    /** How a client gets a large landscape to the server when its GraphQL request is too large. */
    private static String wayAround(boolean graphQl) {
        return graphQl
                ? "; send large landscapes as an upload instead (createLandscapeUpload, then PUT a zip archive;"
                        + " strata apply/plan/validate do this by themselves), or raise the setting"
                : "";
    }

    /** Whether the request reaches GraphQL, judged on the path as the container and Spring MVC decode it. */
    private boolean isGraphQl(HttpServletRequest request) {
        String servletPath = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return graphQlPath.equals(servletPath) || graphQlPath.equals(DECODED_PATHS.getLookupPathForRequest(request));
    }

    private void refuseTooLarge(HttpServletResponse response, String what, long limit, String setting, String wayAround)
            throws IOException {
        write(
                response,
                HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                what + " exceeds the limit of " + limit + " bytes (" + setting + ")" + wayAround,
                "BAD_REQUEST");
    }

    private void refuseBusy(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        write(
                response,
                HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "busy: other large request bodies already hold the "
                        + budgetKilobytes / 1024
                        + " MB the server reads at once (strata.http.max-bytes-in-flight); retry in "
                        + RETRY_AFTER_SECONDS + " s",
                "BUSY");
    }

    private void write(HttpServletResponse response, int status, String message, String classification)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter()
                .write(json.writeValueAsString(Map.of(
                        "errors",
                        List.of(Map.of("message", message, "extensions", Map.of("classification", classification))))));
    }

    /** Gives the budget back when an asynchronous request ends, however it ends. */
    private record ReleaseOnEnd(Runnable release) implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            release.run();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            release.run();
        }

        @Override
        public void onError(AsyncEvent event) {
            release.run();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }

    /** Reads until the end of the body or until {@code target} holds {@code max} bytes, whichever comes first. */
    private static void readUpTo(InputStream in, ByteArrayOutputStream target, long max) throws IOException {
        byte[] chunk = new byte[8192];
        while (target.size() < max) {
            int read = in.read(chunk, 0, (int) Math.min(chunk.length, max - target.size()));
            if (read < 0) {
                return;
            }
            target.write(chunk, 0, read);
        }
    }

    /** A request whose body was already read into memory. */
    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
