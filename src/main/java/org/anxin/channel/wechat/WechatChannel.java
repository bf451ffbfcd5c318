package org.anxin.channel.wechat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.anxin.conversation.ConversationStore;
import org.anxin.conversation.Inbound;
import org.anxin.conversation.PendingDelivery;
import org.anxin.conversation.TurnResult;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.Reply;
import org.anxin.evidence.EvidenceIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WeChat message through a turn, within WeChat's five seconds: the answer goes back passively when the turn is
 * ready within the budget; otherwise the callback answers {@code success} at once and the replies follow as
 * customer-service messages. Replies kept after a refused delivery go out first. A retry of a message (same MsgId,
 * or same sender and CreateTime for an event) is answered from the store and changes nothing.
 */
final class WechatChannel implements AutoCloseable {

    static final String CHANNEL = "wechat";
    private static final Logger log = LoggerFactory.getLogger(WechatChannel.class);

    private final TurnService turns;
    /** What a user is told when a turn fails (channel.sorry in dialogs/messages). */
    private final String sorry;
    private final WechatOutbound outbound;
    private final WechatInputs inputs;
    private final WechatDelivery delivery;
    private final ConversationStore store;
    private final Duration budget;
    private final Clock clock;
    private final ThreadPoolExecutor executor;
    /** Messages whose first delivery is still being answered: a retry meanwhile must not answer twice. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    private final WxMpService service;
    private final EvidenceIntake evidence;
    private final WechatLanguages languages;

    WechatChannel(TurnService turns, WechatInputs inputs, WechatDelivery delivery, ConversationStore store,
            WechatOutbound outbound, String sorry, Duration budget, Clock clock, WxMpService service, EvidenceIntake evidence,
            WechatLanguages languages) {
        this.service = service;
        this.evidence = evidence;
        this.languages = languages;
        this.sorry = sorry;
        this.turns = turns;
        this.outbound = outbound;
        this.inputs = inputs;
        this.delivery = delivery;
        this.store = store;
        this.budget = budget;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(16, 16, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1000), r -> {
            Thread thread = new Thread(r, "wechat-turn-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    static String conversationId(String openId) {
        return CHANNEL + ":" + openId;
    }

    /** The text to answer passively, or empty to answer {@code success}. */
    Optional<String> receive(WxMpXmlMessage message) {
        WechatInputs.Meaning meaning = inputs.of(message);
        if (meaning instanceof WechatInputs.Say say) {
            return Optional.of(say.text());
        }
        if (meaning instanceof WechatInputs.Turn turn) {
            return take(message, messageId -> turns.handle(new Inbound(CHANNEL, message.getFromUser(), messageId,
                    turn.input(), clock.instant(), localeHint(message.getFromUser()))));
        }
        if (meaning instanceof WechatInputs.Media media) {
            return take(message, messageId -> keep(message.getFromUser(), messageId, media));
        }
        return Optional.empty();
    }

    /**
     * The first locale of a conversation not started yet: the language the user's WeChat is set to, when WeChat tells
     * it in time. A conversation that exists keeps its own (the turn ignores the hint then), so WeChat is not asked.
     */
    private String localeHint(String openId) {
        return turns.exists(conversationId(openId)) ? null : languages.localeHint(openId);
    }

    /** A picture or voice message for the evidence locker; outside it, or over a limit, a kind sentence instead. */
    private TurnResult keep(String openId, String messageId, WechatInputs.Media media) {
        return evidence.receive(new EvidenceIntake.Incoming(CHANNEL, openId, messageId,
                media.name(), media.type(), null, clock.instant(), localeHint(openId)), () -> {
                    try {
                        java.io.File file = service.getMaterialService().mediaDownload(media.mediaId());
                        return new java.io.FileInputStream(file) {
                            @Override
                            public void close() throws java.io.IOException {
                                super.close();
                                java.nio.file.Files.deleteIfExists(file.toPath()); // WxJava's temporary copy
                            }
                        };
                    } catch (WxErrorException e) {
                        throw new java.io.IOException("WeChat media download failed: " + e.getError().getErrorCode(), e);
                    }
                }).result();
    }

    private Optional<String> take(WxMpXmlMessage message, java.util.function.Function<String, TurnResult> handle) {
        String openId = message.getFromUser();
        String messageId = message.getMsgId() != null ? "msg:" + message.getMsgId()
                : "event:" + openId + ":" + message.getCreateTime();
        if (!inFlight.add(messageId)) {
            return Optional.empty();
        }
        CompletableFuture<TurnResult> turn;
        try {
            turn = CompletableFuture.supplyAsync(() -> handle.apply(messageId), executor);
        } catch (RejectedExecutionException e) {
            inFlight.remove(messageId);
            log.warn("wechat: too many turns waiting; asked the user to send again", e);
            return Optional.of(sorry);
        }
        if (!budget.isZero()) {
            try {
                TurnResult result = turn.get(budget.toMillis(), TimeUnit.MILLISECONDS);
                inFlight.remove(messageId);
                return answer(openId, messageId, result);
            } catch (TimeoutException e) {
                log.debug("wechat: turn over the reply budget; the answer follows as customer-service messages");
            } catch (ExecutionException e) {
                inFlight.remove(messageId);
                log.error("wechat: turn failed", e.getCause());
                return Optional.of(sorry);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        turn.whenCompleteAsync((result, error) -> {
            try {
                if (error != null) {
                    log.error("wechat: turn failed", error);
                    delivery.untracked(openId, List.of(Reply.text(sorry)));
                } else if (result.ephemeral()) {
                    delivery.untracked(openId, outbound.replies(result.outbound()));
                } else {
                    store.unpark(CHANNEL, conversationId(openId));
                    delivery.afterCommit(openId);
                }
            } finally {
                inFlight.remove(messageId);
            }
        }, executor);
        return Optional.empty();
    }

    /**
     * The passive answer, when it can be one: nothing of this user still waiting to go out before it, one text that
     * fits, no picture. Otherwise the sender loop sends it, after whatever waited (the user writing reopens their
     * window for answers WeChat refused before).
     */
    private Optional<String> answer(String openId, String messageId, TurnResult result) {
        List<Reply> replies = outbound.replies(result.outbound());
        String text = WechatText.passive(replies);
        boolean passive = WechatText.fitsOneMessage(text) && replies.stream().allMatch(r -> r.picture() == null);
        if (result.ephemeral()) {
            if (passive) {
                return Optional.of(text);
            }
            delivery.untracked(openId, replies);
            return Optional.empty();
        }
        store.unpark(CHANNEL, conversationId(openId));
        List<PendingDelivery> waiting = store.unsent(CHANNEL, conversationId(openId));
        boolean first = waiting.size() == 1 && waiting.get(0).messageId().equals(messageId);
        // A retry of a message answered before: WeChat shows a passive answer only if the first one did not arrive.
        boolean answeredBefore = waiting.stream().noneMatch(p -> p.messageId().equals(messageId));
        if (passive && (first || answeredBefore && waiting.isEmpty())
                && (answeredBefore || delivery.answerPassively(openId, messageId, replies.size()))) {
            log.debug("wechat: answered passively");
            return Optional.of(text);
        }
        delivery.afterCommit(openId);
        return Optional.empty();
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
