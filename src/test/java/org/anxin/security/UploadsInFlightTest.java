package org.anxin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Uploads are held in memory until sealed: beyond the budget of bytes in flight, an upload is asked to come again. */
class UploadsInFlightTest {

    private final WebProtectionFilter filter = new WebProtectionFilter(
            new RateLimiters(new MemoryBuckets(1000)).perMinute("address", 1000, 1000), 65_536,
            new UploadsInFlight(30L * 1024 * 1024));

    private static MockHttpServletRequest upload(int megabytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/web/conversations/abcdefghijklmnop/files");
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(new byte[megabytes * 1024 * 1024]);
        return request;
    }

    @Test
    void anUploadBeyondTheBudgetWaitsItsTurnAndTheBudgetComesBack() throws Exception {
        CountDownLatch sealing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        FilterChain slowLocker = (request, response) -> {
            sealing.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            try {
                filter.doFilter(upload(20), response, slowLocker);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return response;
        });
        assertThat(sealing.await(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse second = new MockHttpServletResponse();
        filter.doFilter(upload(20), second, (request, response) -> { });
        assertThat(second.getStatus()).isEqualTo(429);
        assertThat(second.getHeader("Retry-After")).isEqualTo("30");
        assertThat(second.getContentAsString(StandardCharsets.UTF_8)).contains("请过半分钟再发", "in half a minute");

        MockHttpServletRequest fromThePage = upload(20);
        fromThePage.addHeader("Accept", "application/json");
        MockHttpServletResponse shown = new MockHttpServletResponse();
        filter.doFilter(fromThePage, shown, (request, response) -> { });
        assertThat(shown.getContentType()).startsWith("application/json");
        assertThat(shown.getContentAsString(StandardCharsets.UTF_8)).as("the page shows data.error")
                .startsWith("{\"error\":\"现在上传的文件有点多");

        MockHttpServletResponse small = new MockHttpServletResponse();
        filter.doFilter(upload(5), small, (request, response) -> { });
        assertThat(small.getStatus()).as("a small file fits beside the first").isEqualTo(200);

        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        MockHttpServletResponse again = new MockHttpServletResponse();
        filter.doFilter(upload(20), again, (request, response) -> { });
        assertThat(again.getStatus()).as("once the first is sealed").isEqualTo(200);
    }

    @Test
    void aMessageIsNotAnUploadAndIsNeverHeldBack() throws Exception {
        UploadsInFlight none = new UploadsInFlight(1024);
        assertThat(none.tryTake(-1)).as("a body of unknown length takes the whole budget").isPositive();
        WebProtectionFilter full = new WebProtectionFilter(
                new RateLimiters(new MemoryBuckets(1000)).perMinute("address", 1000, 1000), 65_536, none);
        MockHttpServletRequest message = new MockHttpServletRequest("POST", "/api/web/conversations/abcdefghijklmnop/messages");
        message.setContentType("application/json");
        message.setContent("{\"text\":\"你好\"}".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        full.doFilter(message, response, (request, r) -> { });
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
