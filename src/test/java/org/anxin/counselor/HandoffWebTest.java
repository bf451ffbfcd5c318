package org.anxin.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A borrower opens a counselor's link in the web chat, writes a letter, shares it, asks for a person, withdraws. */
@ConsoleSpringTest
class HandoffWebTest {

    private static final String ORG = "深圳市法律援助中心";
    private static final String WELCOME = "是" + ORG + "的咨询员请你来这里的";
    private static final String NOTICE = "开始前说一声";
    private static final String AT_NOTICE = "\"position\":\"consent:notice\"";
    private static final AtomicInteger MESSAGES = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    Counselors counselors;
    @Autowired
    Handoffs handoffs;
    @Autowired
    SharedDrafts drafts;
    @Autowired
    java.util.List<org.anxin.privacy.PersonalDataHolder> holders;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/web/conversations" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String newConversation() throws Exception {
        return post("", "{}").body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    private String open(String id, String start) throws Exception {
        return post("/" + id + "/open", "{\"locale\":\"zh-CN\",\"start\":\"" + start + "\"}").body();
    }

    private String say(String id, String text) throws Exception {
        return post("/" + id + "/messages", "{\"messageId\":\"m-" + MESSAGES.incrementAndGet() + "-abcdefghijkl\",\"text\":\""
                + text + "\"}").body();
    }

    /** Presses "I agree" under the consent notice every first contact gets, as the page sends a pressed button. */
    private String agree(String id) throws Exception {
        return post("/" + id + "/messages", "{\"messageId\":\"m-" + MESSAGES.incrementAndGet()
                + "-abcdefghijkl\",\"choice\":{\"position\":\"consent:notice\",\"key\":\"1\"}}").body();
    }

    private Handoff link(String counselor, String flow, String note) {
        return handoffs.create(counselor, new Handoff.Request(flow, "微粒贷", "bank", note, Duration.ofDays(30), null),
                Instant.now());
    }

    @Test
    void theLinkSaysWhoSentTheUserAndSkipsWhatTheCounselorKnows() throws Exception {
        String counselor = counselors.add("王老师", ORG).counselor().id();
        Handoff h = link(counselor, "complain", "请带上合同 {{x}} {lender.name}");
        String id = newConversation();

        // A first contact: who sent the user and the counselor's note come before the consent notice.
        String first = open(id, h.token());
        assertThat(first).contains(WELCOME, "请带上合同 {{x}} {lender.name}", NOTICE, AT_NOTICE);
        assertThat(first.indexOf(WELCOME)).isLessThan(first.indexOf("请带上合同"));
        assertThat(first.indexOf("请带上合同")).isLessThan(first.indexOf(NOTICE));
        // Agreeing goes on to the flow the counselor chose.
        assertThat(agree(id)).contains("\"position\":\"complain:intro\"").doesNotContain(NOTICE);
        // "By lender" goes straight to the advice for banks: the lender and its type came with the link.
        String byLender = say(id, "1");
        assertThat(byLender).contains("\"position\":\"complain:bank\"").doesNotContain("哪一家");

        // Opening the page again with the same link counts no second use.
        open(id, h.token());
        assertThat(handoffs.find(counselor, h.id()).orElseThrow().uses()).isEqualTo(1);
    }

    @Test
    void aForgedExpiredOrMalformedLinkGetsAKindWordAndANormalStart() throws Exception {
        String forgedId = newConversation();
        String forged = open(forgedId, "h_AAAAAAAAAAAAAAAAAAAA");
        assertThat(forged).contains("这个链接已经过期或不能再用了", AT_NOTICE);
        assertThat(forged.indexOf("这个链接已经过期")).isLessThan(forged.indexOf(NOTICE));
        assertThat(agree(forgedId)).contains("\"position\":\"start:menu\"");

        String counselor = counselors.add("李", ORG).counselor().id();
        Handoff revoked = link(counselor, "negotiate", null);
        handoffs.revoke(counselor, revoked.id(), Instant.now());
        assertThat(open(newConversation(), revoked.token())).contains("这个链接已经过期或不能再用了", AT_NOTICE)
                .doesNotContain(ORG);

        // Not the shape of any link: the page opens as usual, with the consent notice.
        assertThat(post("/" + newConversation() + "/open", "{\"start\":\"<script>{{x}}</script>\"}").body())
                .contains(AT_NOTICE).doesNotContain("过期");
    }

    @Test
    void aDraftIsSharedOnlyUntilWithdrawnAndARequestForAPersonShowsIt() throws Exception {
        Counselors.Created account = counselors.add("张", ORG);
        String counselor = account.counselor().id();
        ConsoleClient console = new ConsoleClient(port);
        console.signIn(counselor, account.password());
        Handoff h = link(counselor, "letters", null);
        String id = newConversation();
        assertThat(open(id, h.token())).contains(WELCOME, AT_NOTICE);
        assertThat(agree(id)).contains("\"position\":\"letters:pick\"");
        for (String text : new String[] {"1", "13912345678", "深圳前海微众银行股份有限公司",
                "11月20日 晚上11点 来电辱骂我", "就这些", "通话录音2段", "就这些"}) {
            say(id, text);
        }
        String made = say(id, "没问题，生成信件");
        assertThat(made).contains("关于违规催收的投诉信", "要不要把这封信的草稿分享给" + ORG + "的咨询员",
                "会分享的只有", "不会分享的", "\"position\":\"handoff:offer\"");
        assertThat(drafts.drafts(counselor, Instant.now())).isEmpty();

        assertThat(say(id, "1")).contains("已经分享给" + ORG + "的咨询员了");
        assertThat(drafts.drafts(counselor, Instant.now())).singleElement().satisfies(d -> {
            assertThat(d.letterKind()).isEqualTo("lender-complaint");
            assertThat(d.letter()).contains("深圳前海微众银行股份有限公司", "13912345678");
        });
        // The console names the letter as the letters menu does, not by its kind's id.
        assertThat(console.get("/counselor").body()).contains("写给放贷机构的投诉信 / ", "深圳前海微众银行股份有限公司", "13912345678")
                .doesNotContain(id, "lender-complaint");
        assertThat(drafts.drafts(counselors.add("别人", "另一个中心").counselor().id(), Instant.now())).isEmpty();
        assertThat(handoffs.funnel(h.id())).isEqualTo(new Handoff.Funnel(1, 1, 1));

        say(id, "1"); // "talk to a person", offered after sharing
        assertThat(drafts.requests(counselor, Instant.now())).singleElement()
                .satisfies(r -> assertThat(r.draft().letter()).contains("13912345678"));

        String withdrawn = say(id, "/start handoff");
        assertThat(withdrawn).contains("\"position\":\"handoff:menu\"");
        assertThat(say(id, "2")).contains("分享已经撤回");
        assertThat(drafts.drafts(counselor, Instant.now())).isEmpty();
        assertThat(drafts.requests(counselor, Instant.now())).singleElement().satisfies(r -> assertThat(r.draft()).isNull());
        assertThat(console.get("/counselor").body()).contains("还没有人分享草稿", "这位借款人没有分享草稿")
                .doesNotContain("13912345678", "深圳前海微众银行股份有限公司");

        // What is kept beside the conversation is handed over on request and erased with it; the counts stay.
        org.anxin.privacy.PersonalDataHolder sharing = holders.stream().filter(x -> x.name().equals("counselor-sharing"))
                .findFirst().orElseThrow();
        assertThat(sharing.export("web:" + id).toString()).contains(ORG, "lender-complaint", "withdrawnAt");
        sharing.erase("web:" + id);
        assertThat(sharing.export("web:" + id).toString()).doesNotContain(ORG, "lender-complaint");
        assertThat(drafts.requests(counselor, Instant.now())).isEmpty();
        assertThat(handoffs.funnel(h.id())).isEqualTo(new Handoff.Funnel(1, 1, 1));
    }

    @Test
    void someoneWhoCameWithoutALinkHasNothingToShare() throws Exception {
        String id = newConversation();
        open(id, "");
        agree(id);
        assertThat(say(id, "/start handoff")).contains("你不是通过咨询员的链接来的", "\"position\":\"handoff:none\"");
    }
}
