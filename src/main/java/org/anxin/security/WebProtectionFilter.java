package org.anxin.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * In front of every web request: security headers on every answer; on the web chat API and the downloads, a rate
 * limit per network address, a cap on the size of a message body (files have the evidence locker's own limits) and
 * on the bytes of uploads held at once ({@link UploadsInFlight}), each with a short bilingual answer. The Telegram webhook and
 * the WeChat callback come from those platforms' few servers and prove themselves with a secret or a signature, so
 * they are limited per chat, in the turn, instead.
 */
final class WebProtectionFilter extends OncePerRequestFilter {

    /** The chat page loads only its own script, style and images; nothing may frame it. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WebProtectionFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RateLimits perAddress;
    private final long maxBodyBytes;
    private final UploadsInFlight uploads;

    WebProtectionFilter(RateLimits perAddress, long maxBodyBytes, UploadsInFlight uploads) {
        this.perAddress = perAddress;
        this.maxBodyBytes = maxBodyBytes;
        this.uploads = uploads;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (limited(path)) {
            // Evidence uploads are multipart and have their own limits (anxin.evidence.*); every other body is small.
            boolean upload = request.getContentType() != null && request.getContentType().startsWith("multipart/");
            // A body sent in chunks has no length to check up front: the chat never does that, so it is refused too.
            boolean chunked = request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
            if (request.getContentType() != null && !concrete(request.getContentType())) {
                // A wildcard or unreadable type names no body the chat sends; Spring would fail on it while routing.
                refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                        "这条消息的格式不对，请换个方式再发。 / This message's format is not supported.");
                return;
            }
            if (!upload && (chunked || request.getContentLengthLong() > maxBodyBytes)) {
                refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "这条消息太大了，请缩短一些再发。 / This message is too large; please shorten it.");
                return;
            }
            boolean allowed;
            try {
                allowed = perAddress.tryAcquire(request.getRemoteAddr());
            } catch (org.springframework.dao.DataAccessException e) {
                // On PostgreSQL the limits live in the store: when it is down, the request would fail there anyway.
                log.warn("rate limits unreachable; answered 503", e);
                response.setHeader("Retry-After", "10");
                refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "抱歉，我这边暂时出了点问题，请稍后再试。 / Sorry, something is wrong on my side; please try again in a moment.");
                return;
            }
            if (!allowed) {
                response.setHeader("Retry-After", "10");
                refuse(request, response, 429, "发送得太快了，请稍等几秒再试。 / Too many messages at once; please wait a few seconds.");
                return;
            }
            if (upload) {
                int taken = uploads.tryTake(request.getContentLengthLong());
                if (taken < 0) {
                    response.setHeader("Retry-After", "30");
                    refuse(request, response, 429, "现在上传的文件有点多，请过半分钟再发这个文件。 / Many files are being uploaded right now;"
                            + " please send this one again in half a minute.");
                    return;
                }
                try {
                    chain.doFilter(request, response);
                } finally {
                    uploads.give(taken);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean concrete(String contentType) {
        try {
            org.springframework.http.MediaType type = org.springframework.http.MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean limited(String path) {
        return path.startsWith("/api/") || path.startsWith("/files/");
    }

    /** The refusal as text, or as the chat page reads its errors ({@code {"error": ...}}) when it asks for JSON. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("application/json")) {
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("error", message)));
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
        }
    }
}
