package org.anxin.counselor;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anxin.settings.AnxinProperties;
import org.anxin.dialog.DialogEngine;
import org.anxin.dialog.Messages;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The counselors' console: server-rendered pages (Thymeleaf) with plain forms, so every change carries the CSRF
 * token and nothing needs a front-end build. A counselor sees only their own links, their counts, and what
 * borrowers chose to share with them.
 */
@Controller
class ConsoleController {

    private final Counselors counselors;
    private final Handoffs handoffs;
    private final HandoffLinks links;
    private final SharedDrafts drafts;
    private final CounselorProperties properties;
    private final DialogEngine engine;
    private final DateTimeFormatter time;
    private final java.time.Clock clock;

    ConsoleController(Counselors counselors, Handoffs handoffs, HandoffLinks links, SharedDrafts drafts,
            CounselorProperties properties, DialogEngine engine, AnxinProperties anxin, java.time.Clock clock) {
        this.clock = clock;
        this.counselors = counselors;
        this.handoffs = handoffs;
        this.links = links;
        this.drafts = drafts;
        this.properties = properties;
        this.engine = engine;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(anxin.zone());
    }

    /** One link as the console lists it. */
    record Row(Handoff handoff, String flowLabel, String web, String telegram, String wechatScene, String status,
            Handoff.Funnel funnel, String created, String expires) {
    }

    @GetMapping(ConsoleSecurity.LOGIN)
    String login() {
        return "counselor/login";
    }

    @GetMapping("/counselor")
    String console(Principal principal, Model model, HttpServletRequest request) {
        Counselors.Counselor me = counselors.find(principal.getName()).orElseThrow();
        Instant now = clock.instant();
        String base = links.base(requestBase(request));
        Map<String, String> flows = flows();
        // A flow no menu opens (a link made before the menus changed) has no words of its own: its id is all there is.
        List<Row> rows = handoffs.list(me.id()).stream().map(h -> new Row(h, flows.getOrDefault(h.flow(), h.flow()),
                links.web(base, h.token()), links.telegram(h.token()), links.wechatScene(h.token()), status(h, now),
                handoffs.funnel(h.id()), time.format(h.createdAt()), time.format(h.expiresAt()))).toList();
        model.addAttribute("me", me);
        model.addAttribute("rows", rows);
        model.addAttribute("flows", flows);
        model.addAttribute("lenderTypes", lenderTypes());
        model.addAttribute("defaultDays", properties.defaultExpiry().toDays());
        SharedDrafts.Shared shared = drafts.shared(me.id(), now);
        model.addAttribute("drafts", shared.drafts());
        Map<String, String> letterKinds = new LinkedHashMap<>();
        shared.drafts().forEach(d -> letterKinds.put(d.letterKind(), letterLabel(d.letterKind())));
        model.addAttribute("letterKinds", letterKinds);
        model.addAttribute("requests", shared.requests());
        model.addAttribute("time", time);
        model.addAttribute("localLinks", HandoffLinks.local(base));
        return "counselor/console";
    }

    @PostMapping("/counselor/handoffs")
    String create(Principal principal, @RequestParam String flow, @RequestParam(required = false) String lender,
            @RequestParam(required = false) String lenderType, @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer days, @RequestParam(required = false) Long uses,
            RedirectAttributes redirect) {
        try {
            Duration expiry = days == null ? properties.defaultExpiry() : Duration.ofDays(days);
            Handoff made = handoffs.create(principal.getName(), new Handoff.Request(flow, lender,
                    lenderType == null || lenderType.isBlank() ? null : lenderType, note, expiry, uses), clock.instant());
            redirect.addFlashAttribute("created", made.id());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/counselor";
    }

    @PostMapping("/counselor/handoffs/{id}/revoke")
    String revoke(Principal principal, @PathVariable String id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(handoffs.revoke(principal.getName(), id, clock.instant()) ? "revoked" : "problem",
                handoffs.find(principal.getName(), id).isPresent() ? id : "no such link");
        return "redirect:/counselor";
    }

    @GetMapping("/counselor/handoffs/{id}/qr.png")
    ResponseEntity<byte[]> qr(Principal principal, @PathVariable String id,
            @RequestParam(defaultValue = "web") String to, HttpServletRequest request) {
        return handoffs.find(principal.getName(), id).map(h -> {
            String link = "telegram".equals(to) && links.telegram(h.token()) != null ? links.telegram(h.token())
                    : links.web(requestBase(request), h.token());
            return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                    .header("Content-Disposition", "inline; filename=\"anxin-" + h.id() + ".png\"")
                    .body(QrCodes.png(link));
        }).orElse(ResponseEntity.notFound().build());
    }

    /** Scheme, host, port and context path as the counselor's browser reached this server (forwarded headers honoured). */
    private static String requestBase(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    private static String status(Handoff h, Instant now) {
        String dead = h.deadBecause(now);
        return dead == null ? "active" : dead;
    }

    /** The flows a link may open, by the menu words users see for them. */
    private Map<String, String> flows() {
        Map<String, String> flows = new LinkedHashMap<>();
        StartFlows.of(engine.dialogs()).forEach(f -> flows.put(f.id(), words(f.labelKey(), f.id())));
        return flows;
    }

    /** The lender types, by the words the lender question shows borrowers. */
    private Map<String, String> lenderTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        Handoffs.LENDER_TYPES.forEach(t -> types.put(t, words("lender.type." + t, t)));
        return types;
    }

    /** A letter kind by its title in the letters menu: {@code lender-complaint} is {@code letters.kind.lender_complaint}. */
    private String letterLabel(String kind) {
        return kind == null ? null : words("letters.kind." + kind.replace('-', '_'), kind);
    }

    /** A message in Chinese with the English beside it, as the rest of the console; {@code otherwise} without it. */
    private String words(String key, String otherwise) {
        Messages messages = engine.dialogs().messages();
        if (!messages.has("zh-CN", key)) {
            return messages.has("en", key) ? messages.text("en", key, Map.of()) : otherwise;
        }
        String zh = messages.text("zh-CN", key, Map.of());
        return messages.has("en", key) ? zh + " / " + messages.text("en", key, Map.of()) : zh;
    }
}
